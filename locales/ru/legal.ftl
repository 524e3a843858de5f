# No Russian legal texts: filings are written in the CCF's languages only (Arabic, English, French, Spanish; domain.md §1.4).
