"""The modal dialogs, one per module, on the shared :class:`~toolmix.tui.dialogs.dialog.Dialog`."""
