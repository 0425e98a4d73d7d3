#pragma once

#include "domain/amendment.h"
#include "domain/types.h"
#include "domain/validation.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace habilis {

/// JSON forms of the domain types: the request format of habilis-cli, the --json outputs,
/// and the before/after of the journal. Keys are documented in the README.
class JsonFormat {
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)
public:
    static QJsonObject toJson(const PostalAddress &a);
    static QJsonObject toJson(const Representative &r);
    static QJsonObject toJson(const CafProfile &c);
    static QJsonObject toJson(const Provider &p);
    static QJsonObject toJson(const Establishment &e);
    static QJsonObject toJson(const Person &p);
    static QJsonObject toJson(const Annex &a);
    static QJsonObject toJson(const Convention &c);
    static QJsonObject toJson(const Amendment &a);
    static QJsonObject toJson(const HabilitationRequest &r);
    /// A convention with its parties, its annex and the dates computed on `asOf`.
    static QJsonObject toJson(const ConventionDetail &d, QDate asOf);
    static QJsonObject toJson(const ConventionRow &r);
    static QJsonObject toJson(const JournalEntry &e);
    /// The dates of DESIGN.md on `asOf`: effective date, period, next anniversary, notice deadline.
    static QJsonObject datesJson(const Convention &c, QDate asOf);

    /// Reads a request (format "habilis-request/1"). Wrong types and missing keys are listed
    /// in `errors` with their JSON path; the values themselves are checked by Validation.
    static HabilitationRequest requestFromJson(const QJsonObject &o, QList<FieldError> *errors);
    static CafProfile cafFromJson(const QJsonObject &o, QList<FieldError> *errors);
    static Representative representativeFromJson(const QJsonObject &o, QList<FieldError> *errors);
    static PostalAddress addressFromJson(const QJsonObject &o, QList<FieldError> *errors);

    static QString dateString(QDate d); ///< ISO 8601, or empty
};

} // namespace habilis
