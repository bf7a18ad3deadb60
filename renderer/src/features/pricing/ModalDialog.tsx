// The import screen's dialogs still import from here; the dialogs live in ui/ (shared by features).
export { ConfirmDialog, ModalDialog } from '../../ui/ModalDialog';
