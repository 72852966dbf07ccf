"""The parts every screen shares, written once: one module per idea.

- `settle`       pause(), wait_until() and settle(): let background work finish and its results land
                 (screenshots, benchmarks and slow paths of tests)
- `message_bar`  MessageBar: the line under a screen's controls saying what happened or what to do
- `class_picker` ClassPicker: a combo box of the school's classes whose choice survives a reload
- `progress`     TaskProgressBar (follows a task runner) and busy_bar() (a thin "working" bar)
- `rows`         Row, RowTableModel and row_table(): read-only lists of rows of text over domain objects
- `named`        named_label() and named_button(): controls a screen reader names as they read
- `task_queue`   QueuedTask, TaskQueue and ScreenTasks: a view's tasks, run in the order asked
"""
