"""The meetings screen: offering a class's parents' evening, and its booking grid."""
