"""Names that vulture cannot see in use, because a framework calls or reads them; `make lint` passes this
file to vulture with desktop/ and sync/. It is never imported or run. Each line uses one name."""

# Qt calls these overrides of its virtual methods.
_.headerData
_.createEditor
_.setEditorData
_.setModelData
_.paintEvent
_.dragEnterEvent
_.dragMoveEvent
_.dropEvent
_.initializePage
_.cleanupPage
_.isComplete
_.validatePage
_.nextId

# reportlab reads these attributes of flowables; uharfbuzz of its buffer; csv of a dialect.
_.hAlign
_.spaceAfter
_.cluster_level
_.doublequote

# SQLAlchemy and Alembic: declarative settings, event listeners and the arguments of include_object.
_.type_annotation_map
_._autocommit_driver
_._begin
_._connect
_.isolation_level
reflected
compare_to
desktop  # `import desktop.store.schema_*` at the end of schema.py puts their tables on Base.metadata

# pydantic, httpx, uvicorn and FastAPI read or call these.
_.model_config
_.requires_request_body
_.auth_flow
_.should_exit
_.upload_chunk
_.enrol_device
_.my_scopes
_.pending_requests
_.my_approval
_.post_keys
_.my_keys
