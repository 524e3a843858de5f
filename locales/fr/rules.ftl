# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).
