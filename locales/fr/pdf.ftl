# pdf.ftl: see locales/README.md.
