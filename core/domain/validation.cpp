#include "validation.h"

#include "labels.h"

#include <QRegularExpression>
#include <QSet>

namespace habilis {

QString FieldError::toString() const
{
    return Validation::tr("%1: %2", "field: message").arg(field, message);
}

QString joinErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const FieldError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

namespace {

QString prefixed(const QString &context, const QString &field)
{
    return context.isEmpty() ? field
                             : Validation::tr("%1, %2", "context, field").arg(context, field);
}

void require(QList<FieldError> &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        errors << FieldError{field, value, Validation::tr("this field is required.")};
}

void check(QList<FieldError> &errors, const QString &field, const QString &value,
           const QString &message)
{
    if (!message.isEmpty())
        errors << FieldError{field, value, message};
}

void tooLong(QList<FieldError> &errors, const QString &field, const QString &value, int max)
{
    if (value.size() > max) {
        errors << FieldError{field, value,
                             Validation::tr("\"%1\" is too long (%2 characters, at most %3).")
                                 .arg(value.left(40) + QStringLiteral("…"))
                                 .arg(value.size())
                                 .arg(max)};
    }
}

void validateAddress(QList<FieldError> &errors, const PostalAddress &a, const QString &context)
{
    require(errors, prefixed(context, Validation::tr("street")), a.street);
    require(errors, prefixed(context, Validation::tr("postcode")), a.postcode);
    if (!a.postcode.trimmed().isEmpty())
        check(errors, prefixed(context, Validation::tr("postcode")), a.postcode,
              Validation::checkPostcode(a.postcode));
    require(errors, prefixed(context, Validation::tr("town")), a.town);
    // NF Z10-011: 38 characters a line.
    const int max = 38;
    tooLong(errors, prefixed(context, Validation::tr("recipient")), a.recipient, max);
    tooLong(errors, prefixed(context, Validation::tr("building")), a.building, max);
    tooLong(errors, prefixed(context, Validation::tr("street")), a.street, max);
    tooLong(errors, prefixed(context, Validation::tr("PO box")), a.poBox, max);
    tooLong(errors, prefixed(context, Validation::tr("town")), a.town, max - 6 - (a.cedex ? 6 : 0));
}

void validateRepresentative(QList<FieldError> &errors, const Representative &r,
                            const QString &context)
{
    require(errors, prefixed(context, Validation::tr("last name")), r.lastName);
    require(errors, prefixed(context, Validation::tr("first name")), r.firstName);
    require(errors, prefixed(context, Validation::tr("title")), r.title);
}

} // namespace

bool Validation::luhn(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit())
            return false;
        int d = c.digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString Validation::normalizedSiret(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            digits += c;
    }
    return digits;
}

bool Validation::isValidSiren(const QString &text)
{
    const QString d = normalizedSiret(text);
    static const QRegularExpression nine(QStringLiteral("^[0-9]{9}$"));
    return nine.match(d).hasMatch() && luhn(d);
}

bool Validation::isValidSiret(const QString &text)
{
    const QString d = normalizedSiret(text);
    static const QRegularExpression fourteen(QStringLiteral("^[0-9]{14}$"));
    if (!fourteen.match(d).hasMatch())
        return false;
    if (luhn(d))
        return true;
    if (d.startsWith(QLatin1String("356000000"))) {
        // La Poste's establishments: the sum of the digits is a multiple of 5.
        int sum = 0;
        for (QChar c : d)
            sum += c.digitValue();
        return sum % 5 == 0;
    }
    return false;
}

QString Validation::checkSiretOrSiren(const QString &text)
{
    const QString d = normalizedSiret(text);
    if (d.isEmpty())
        return {};
    if (d.size() == 14) {
        return isValidSiret(d) ? QString()
                               : tr("\"%1\" is not a valid SIRET number: its check digit is "
                                    "wrong. Check it against the provider's Kbis or INSEE notice.")
                                     .arg(text);
    }
    if (d.size() == 9) {
        return isValidSiren(d) ? QString()
                               : tr("\"%1\" is not a valid SIREN number: its check digit is "
                                    "wrong.")
                                     .arg(text);
    }
    return tr("\"%1\" is neither a SIRET (14 digits) nor a SIREN (9 digits).").arg(text);
}

QString Validation::checkEmail(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (text.size() <= 254 && re.match(text).hasMatch())
        return {};
    return tr("\"%1\" is not a valid email address (expected: name@domain.fr).").arg(text);
}

QString Validation::checkPostcode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{5}$"));
    if (!re.match(text).hasMatch())
        return tr("\"%1\" is not a French postcode (five digits, for example 73000).").arg(text);
    const int dept = QStringView(text).left(2).toInt();
    if (dept == 0 || dept == 96 || dept == 99)
        return tr("\"%1\" is not a French postcode: no département begins with %2.")
            .arg(text, text.left(2));
    return {};
}

bool Validation::isValidDepartement(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(0[1-9]|1[0-9]|[3-8][0-9]|9[0-5]|2[1-9]|"
                                                      "2A|2B|97[1-6])$"));
    return re.match(text).hasMatch();
}

QString Validation::checkDepartement(const QString &text)
{
    if (isValidDepartement(text))
        return {};
    return tr("\"%1\" is not a département code (01 to 95, 2A, 2B, 971 to 976).").arg(text);
}

QString Validation::checkPhone(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[ .\\-]")));
    static const QRegularExpression re(QStringLiteral("^(0[1-9][0-9]{8}|\\+(33|262|590|594|596|"
                                                      "269)[1-9][0-9]{8})$"));
    if (re.match(digits).hasMatch())
        return {};
    return tr("\"%1\" is not a French phone number (ten digits, for example 04 79 70 00 00).")
        .arg(text);
}

QString Validation::checkMonEnfantId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,32}$"));
    if (text.isEmpty() || re.match(text).hasMatch())
        return {};
    return tr("\"%1\" is not a monenfant.fr identifier (letters, digits and hyphens).").arg(text);
}

QList<FieldError> Validation::validate(const CafProfile &caf)
{
    QList<FieldError> errors;
    const QString ctx = tr("Caf");
    require(errors, prefixed(ctx, tr("département")), caf.departement);
    if (!caf.departement.isEmpty())
        check(errors, prefixed(ctx, tr("département")), caf.departement,
              checkDepartement(caf.departement));
    require(errors, prefixed(ctx, tr("name")), caf.name);
    validateRepresentative(errors, caf.director, tr("director"));
    validateAddress(errors, caf.address, ctx);
    require(errors, prefixed(ctx, tr("signing town")), caf.signingTown);
    if (!caf.email.isEmpty())
        check(errors, prefixed(ctx, tr("email")), caf.email, checkEmail(caf.email));
    check(errors, prefixed(ctx, tr("phone")), caf.phone, checkPhone(caf.phone));
    return errors;
}

QList<FieldError> Validation::validate(const Provider &p)
{
    QList<FieldError> errors;
    const QString ctx = tr("provider");
    require(errors, prefixed(ctx, tr("name")), p.name);
    tooLong(errors, prefixed(ctx, tr("name")), p.name, 120);
    check(errors, prefixed(ctx, tr("SIRET")), p.siret, checkSiretOrSiren(p.siret));
    validateRepresentative(errors, p.representative, tr("provider's representative"));
    validateAddress(errors, p.address, ctx);
    if (!p.email.isEmpty())
        check(errors, prefixed(ctx, tr("email")), p.email, checkEmail(p.email));
    check(errors, prefixed(ctx, tr("phone")), p.phone, checkPhone(p.phone));
    return errors;
}

QList<FieldError> Validation::validate(const Establishment &e,
                                       const QList<EstablishmentType> &types,
                                       const QString &context)
{
    QList<FieldError> errors;
    const QString ctx = context.isEmpty() ? tr("establishment") : context;
    require(errors, prefixed(ctx, tr("type")), e.type);
    if (!e.type.isEmpty()) {
        const bool known = std::any_of(types.begin(), types.end(), [&](const EstablishmentType &t) {
            return t.code.compare(e.type, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            QStringList codes;
            for (const EstablishmentType &t : types)
                codes << t.code;
            errors << FieldError{prefixed(ctx, tr("type")), e.type,
                                 tr("\"%1\" is not a known establishment type (known types: %2).")
                                     .arg(e.type, codes.join(QStringLiteral(", ")))};
        }
    }
    require(errors, prefixed(ctx, tr("name")), e.name);
    tooLong(errors, prefixed(ctx, tr("name")), e.name, 120);
    tooLong(errors, prefixed(ctx, tr("address")), e.address, 120);
    require(errors, prefixed(ctx, tr("postcode")), e.postcode);
    if (!e.postcode.isEmpty())
        check(errors, prefixed(ctx, tr("postcode")), e.postcode, checkPostcode(e.postcode));
    require(errors, prefixed(ctx, tr("town")), e.town);
    check(errors, prefixed(ctx, tr("monenfant.fr identifier")), e.monEnfantId,
          checkMonEnfantId(e.monEnfantId));
    return errors;
}

QList<FieldError> Validation::validate(const AnnexEstablishment &ae,
                                       const QList<EstablishmentType> &types,
                                       const QString &context)
{
    QList<FieldError> errors = validate(ae.establishment, types, context);
    const QString ctx = context.isEmpty() ? tr("establishment") : context;
    if (!ae.scope.functioning && !ae.scope.availability) {
        errors << FieldError{prefixed(ctx, tr("scope")), QString(),
                             tr("choose functioning information, availability, or both.")};
    }
    if (ae.scope.availability) {
        const auto it = std::find_if(types.begin(), types.end(), [&](const EstablishmentType &t) {
            return t.code.compare(ae.establishment.type, Qt::CaseInsensitive) == 0;
        });
        if (it != types.end() && !it->hasAvailability) {
            errors << FieldError{prefixed(ctx, tr("availability")), ae.establishment.type,
                                 tr("availability is published only for EAJE; \"%1\" has none.")
                                     .arg(ae.establishment.type)};
        }
    }
    return errors;
}

QList<FieldError> Validation::validate(const Person &p, const QString &context)
{
    QList<FieldError> errors;
    const QString ctx = context.isEmpty() ? tr("person") : context;
    require(errors, prefixed(ctx, tr("last name")), p.lastName);
    require(errors, prefixed(ctx, tr("first name")), p.firstName);
    tooLong(errors, prefixed(ctx, tr("last name")), p.lastName, 80);
    tooLong(errors, prefixed(ctx, tr("first name")), p.firstName, 80);
    tooLong(errors, prefixed(ctx, tr("job title")), p.jobTitle, 120);
    require(errors, prefixed(ctx, tr("email")), p.email);
    if (!p.email.isEmpty())
        check(errors, prefixed(ctx, tr("email")), p.email, checkEmail(p.email));
    return errors;
}

QString Validation::foldKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toLower();
        } else {
            space = true;
        }
    }
    return out;
}

QList<FieldError> Validation::checkDuplicates(const QList<Person> &persons,
                                              const QList<AnnexEstablishment> &establishments)
{
    QList<FieldError> errors;
    QSet<QString> emails, names;
    for (int i = 0; i < persons.size(); ++i) {
        const Person &p = persons.at(i);
        const QString ctx = tr("person %1").arg(i + 1);
        const QString email = p.email.trimmed().toLower();
        const QString name = foldKey(p.lastName) + QLatin1Char('|') + foldKey(p.firstName);
        if (!email.isEmpty() && emails.contains(email)) {
            errors << FieldError{prefixed(ctx, tr("email")), p.email,
                                 tr("\"%1\" is already named in this annex.").arg(p.email)};
        } else if (names.contains(name)) {
            errors << FieldError{
                prefixed(ctx, tr("name")), p.firstName + u' ' + p.lastName,
                tr("%1 %2 is already named in this annex.").arg(p.firstName, p.lastName)};
        }
        emails.insert(email);
        names.insert(name);
    }
    QSet<QString> ids, keys;
    for (int i = 0; i < establishments.size(); ++i) {
        const Establishment &e = establishments.at(i).establishment;
        const QString ctx = tr("establishment %1").arg(i + 1);
        const QString key = foldKey(e.type) + u'|' + foldKey(e.name) + u'|' + e.postcode.trimmed();
        if (!e.monEnfantId.isEmpty() && ids.contains(e.monEnfantId)) {
            errors << FieldError{prefixed(ctx, tr("monenfant.fr identifier")), e.monEnfantId,
                                 tr("\"%1\" is already in this annex.").arg(e.monEnfantId)};
        } else if (keys.contains(key)) {
            errors << FieldError{
                prefixed(ctx, tr("name")), e.name,
                tr("\"%1\" (%2, %3) is already in this annex.").arg(e.name, e.type, e.postcode)};
        }
        if (!e.monEnfantId.isEmpty())
            ids.insert(e.monEnfantId);
        keys.insert(key);
    }
    return errors;
}

QList<FieldError> Validation::validate(const HabilitationRequest &r,
                                       const QList<EstablishmentType> &types)
{
    QList<FieldError> errors;
    require(errors, tr("Caf département"), r.cafDepartement);
    if (!r.cafDepartement.isEmpty())
        check(errors, tr("Caf département"), r.cafDepartement, checkDepartement(r.cafDepartement));
    if (!r.receivedOn.isValid())
        errors << FieldError{tr("date received"), QString(), tr("this field is required.")};
    errors << validate(r.provider);
    if (r.persons.isEmpty()) {
        errors << FieldError{tr("persons"), QString(),
                             tr("name at least one person to habilitate.")};
    }
    if (r.establishments.isEmpty()) {
        errors << FieldError{tr("establishments"), QString(),
                             tr("name at least one establishment.")};
    }
    for (int i = 0; i < r.persons.size(); ++i)
        errors << validate(r.persons.at(i), tr("person %1").arg(i + 1));
    for (int i = 0; i < r.establishments.size(); ++i)
        errors << validate(r.establishments.at(i), types, tr("establishment %1").arg(i + 1));
    errors << checkDuplicates(r.persons, r.establishments);
    return errors;
}

} // namespace habilis
