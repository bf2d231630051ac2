#pragma once
// Product text in a language chosen per call, from the same Qt Linguist files as the UI
// (i18n/samenspraak_*.ts, embedded as :/i18n/*.qm). The kiosk's tr() follows the one language
// the screen shows (a translator installed in the application); a council report or a results
// line is written in the language asked for (`report --lang en` on a Dutch server, a facilitator
// menu in Dutch next to an English kiosk), so it looks the text up here instead. Dutch is the
// source language: its file only adds plural forms.
//
// Mark the text for lupdate where it is written: in a class with
// Q_DECLARE_TR_FUNCTIONS(context), `translate(language, "context", QT_TR_NOOP("Tekst"))`.

#include <QString>

namespace samenspraak::i18n {

// `source` (Dutch) in `language` ("nl", "en"); the source itself when the file has no finished
// translation. With n >= 0 the plural form for n, and "%n" replaced by n.
QString translate(const QString &language, const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

} // namespace samenspraak::i18n
