;;; eglot-quickfix.el --- drive Emacs + Eglot against followup-lint-language-server  -*- lexical-binding: t -*-
;; Open a draft, wait for the server's diagnostics (through Flymake, as a user sees them), pick a
;; quick fix through Eglot's own code-action command (`eglot-code-actions', interactively, with the
;; choice made in `completing-read'), flush didChange (Eglot's idle timer never fires under
;; --batch), save. Inputs come from the environment; the outcome is written as JSON to $RESULT.
;; Run: emacs --batch -Q -l test/e2e/eglot-quickfix.el

(require 'package)
;; -Q skips Debian's site start-up, which is what puts elpa-eglot on the path.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'cl-lib)

(defvar e2e-result nil)
(defun e2e-env (name) (or (getenv name) (error "missing $%s" name)))
(defun e2e-put (key value) (setq e2e-result (cons (cons key value) e2e-result)))

(defun e2e-wait (what predicate)
  "Poll PREDICATE while serving process output, until it holds or a deadline passes."
  (let ((deadline (+ (float-time) 20)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (or value (error "timed out waiting for %s" what))))

(defun e2e-ours ()
  "Flymake diagnostics that came from followup-lint, as (CODE . DIAG)."
  (flymake-start)
  (cl-loop for d in (flymake-diagnostics (point-min) (point-max))
           for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))
           when lsp collect (cons (plist-get lsp :code) d)))

(defun e2e-run ()
  (let* ((draft (e2e-env "DRAFT"))
         (rule (e2e-env "RULE"))
         (title (e2e-env "TITLE"))
         (count (string-to-number (e2e-env "COUNT")))
         (contact (list (e2e-env "NODE") (e2e-env "SERVER") "--stdio"
                        :initializationOptions
                        (list :followupLint (list :debounce 0 :now (e2e-env "NOW"))))))
    (find-file draft)
    (text-mode)
    (eglot '(text-mode) (cons 'transient (file-name-directory draft)) 'eglot-lsp-server contact "markdown")
    (e2e-wait "eglot to manage the buffer" (lambda () (bound-and-true-p eglot--managed-mode)))
    (let* ((diags (e2e-wait "diagnostics" #'e2e-ours))
           (target (cdr (assoc rule diags))))
      (e2e-put 'diagnostics (vconcat (mapcar #'car diags)))
      (unless target (error "no %s diagnostic" rule))
      (goto-char (flymake-diagnostic-beg target))
      (let ((before (buffer-string))
            (last-nonmenu-event ?\r) ; a keyboard invocation: choose with completing-read
            titles)
        ;; As M-x eglot-code-actions with no region: BEG is point, END is nil.
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &rest _)
                     (setq titles (mapcar #'car collection))
                     (let ((chosen (cl-find-if (lambda (s) (string-search title s)) titles)))
                       (unless chosen (error "no action titled %s in %S" title titles))
                       (e2e-put 'chosen chosen)
                       chosen))))
          (eglot-code-actions (point) nil nil t))
        (e2e-put 'titles (vconcat titles))
        (when (equal before (buffer-string)) (error "the code action did not change the buffer"))))
    (eglot--signal-textDocument/didChange)
    (save-buffer)
    (e2e-wait "diagnostics refreshed after the fix"
              (lambda () (< (cl-count rule (e2e-ours) :key #'car :test #'equal) count)))
    (eglot-shutdown (eglot-current-server))))

(let ((ok t))
  (condition-case err
      (e2e-run)
    (error (setq ok nil) (e2e-put 'error (error-message-string err))))
  (with-temp-file (e2e-env "RESULT") (insert (json-encode e2e-result)))
  (kill-emacs (if ok 0 1)))
