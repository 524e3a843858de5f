# Letters, the "detained now" sheet and the duty-lawyer brief (locales/README.md).
