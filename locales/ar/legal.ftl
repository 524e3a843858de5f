# Legal texts a user files: the argument library and the request's fixed parts (locales/README.md).
