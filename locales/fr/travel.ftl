# travel.ftl: see locales/README.md.
