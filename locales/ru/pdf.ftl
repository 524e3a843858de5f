# The words around the content of every PDF: headings, stamps, index, packet cover, certificate, recovery sheet (locales/README.md).
