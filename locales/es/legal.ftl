# legal.ftl: see locales/README.md.
