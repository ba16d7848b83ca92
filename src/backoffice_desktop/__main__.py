from backoffice_desktop.cli import main

raise SystemExit(main())
