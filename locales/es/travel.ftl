# The travel check's reasons and the travel brief (locales/README.md).
