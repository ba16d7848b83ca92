"""The Qt user interface. Only this package (and the start-up module) imports Qt."""
