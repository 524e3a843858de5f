# rules.ftl: see locales/README.md.
