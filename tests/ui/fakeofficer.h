#pragma once

#include "startup.h"

#include <functional>

namespace habilis {

/// Answers in the officer's place, and keeps what was asked.
class FakeOfficer : public StartupOfficer {
public:
    bool screen = true;
    /// Drives the wizard; returns whether it was finished. Unset: cancelled at once.
    std::function<bool(FirstRunWizard &)> wizard;
    QList<Missing> answers; ///< to the missing-file questions, in turn (then Quit)
    QStringList located;    ///< the files "located", in turn (empty: the dialog cancelled)
    int wizards = 0;
    QStringList missing; ///< the paths of the missing-file questions
    int locates = 0;
    QStringList failures;

    bool interactive() const override { return screen; }
    bool runWizard(FirstRunWizard &w) override
    {
        ++wizards;
        return wizard ? wizard(w) : false;
    }
    Missing missingDatabase(const QString &path) override
    {
        missing << path;
        return answers.isEmpty() ? Missing::Quit : answers.takeFirst();
    }
    QString locateDatabase(const QString &) override
    {
        ++locates;
        return located.isEmpty() ? QString() : located.takeFirst();
    }
    void fail(const QString &message) override { failures << message; }
    QString password; ///< the answer to the password question (empty: cancelled)
    int passwordQuestions = 0;
    QString databasePassword(const QString &) override
    {
        ++passwordQuestions;
        return password;
    }
};

} // namespace habilis
