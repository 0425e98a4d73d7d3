#include "jsonformat.h"

#include "domain/dates.h"
#include "domain/labels.h"

#include <QJsonDocument>

#include <QJsonArray>

namespace habilis {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return JsonFormat::tr("null");
    case QJsonValue::Bool:
        return JsonFormat::tr("a boolean");
    case QJsonValue::Double:
        return JsonFormat::tr("a number");
    case QJsonValue::String:
        return JsonFormat::tr("a string");
    case QJsonValue::Array:
        return JsonFormat::tr("an array");
    case QJsonValue::Object:
        return JsonFormat::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFormat::tr("nothing");
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

/// Reads typed values out of JSON objects, collecting errors with their path.
class Reader {
public:
    explicit Reader(QList<FieldError> *errors)
        : m_errors(errors)
    {}

    QString path(const QString &parent, const QString &key) const
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }

    QString string(const QJsonObject &o, const QString &parent, const QString &key,
                   bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path(parent, key), QString(), JsonFormat::tr("this key is required."));
            return {};
        }
        if (!v.isString()) {
            fail(path(parent, key), valueText(v),
                 JsonFormat::tr("expected a string, found %1.").arg(typeName(v)));
            return {};
        }
        return v.toString().trimmed();
    }

    bool boolean(const QJsonObject &o, const QString &parent, const QString &key, bool def)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isBool()) {
            fail(path(parent, key), valueText(v),
                 JsonFormat::tr("expected true or false, found %1.").arg(typeName(v)));
            return def;
        }
        return v.toBool();
    }

    QDate date(const QJsonObject &o, const QString &parent, const QString &key, bool required)
    {
        const QString text = string(o, parent, key, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(path(parent, key), text,
                 JsonFormat::tr("\"%1\" is not a date (expected YYYY-MM-DD).").arg(text));
        return d;
    }

    QJsonObject object(const QJsonObject &o, const QString &parent, const QString &key,
                       bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path(parent, key), QString(), JsonFormat::tr("this key is required."));
            return {};
        }
        if (!v.isObject()) {
            fail(path(parent, key), valueText(v),
                 JsonFormat::tr("expected an object, found %1.").arg(typeName(v)));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &parent, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            fail(path(parent, key), QString(), JsonFormat::tr("this key is required."));
            return {};
        }
        if (!v.isArray()) {
            fail(path(parent, key), valueText(v),
                 JsonFormat::tr("expected an array, found %1.").arg(typeName(v)));
            return {};
        }
        return v.toArray();
    }

    Civility civility(const QJsonObject &o, const QString &parent)
    {
        const QString text = string(o, parent, QStringLiteral("civility"));
        const auto c = Labels::civilityFromCode(text);
        if (!c) {
            fail(
                path(parent, QStringLiteral("civility")), text,
                JsonFormat::tr("\"%1\" is not a civility (madame, monsieur, or empty).").arg(text));
            return Civility::None;
        }
        return *c;
    }

    PostalAddress address(const QJsonObject &o, const QString &parent)
    {
        PostalAddress a;
        a.recipient = string(o, parent, QStringLiteral("recipient"));
        a.building = string(o, parent, QStringLiteral("building"));
        a.street = string(o, parent, QStringLiteral("street"), true);
        a.poBox = string(o, parent, QStringLiteral("poBox"));
        a.postcode = string(o, parent, QStringLiteral("postcode"), true);
        a.town = string(o, parent, QStringLiteral("town"), true);
        a.cedex = boolean(o, parent, QStringLiteral("cedex"), false);
        return a;
    }

    Representative representative(const QJsonObject &o, const QString &parent)
    {
        Representative r;
        r.civility = civility(o, parent);
        r.firstName = string(o, parent, QStringLiteral("firstName"), true);
        r.lastName = string(o, parent, QStringLiteral("lastName"), true);
        r.title = string(o, parent, QStringLiteral("title"), true);
        return r;
    }

    void fail(const QString &field, const QString &value, const QString &message)
    {
        m_errors->append(FieldError{field, value, message});
    }

private:
    QList<FieldError> *m_errors;
};

} // namespace

QString JsonFormat::dateString(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject JsonFormat::toJson(const PostalAddress &a)
{
    QJsonObject o{{QStringLiteral("street"), a.street},
                  {QStringLiteral("postcode"), a.postcode},
                  {QStringLiteral("town"), a.town}};
    if (!a.recipient.isEmpty())
        o.insert(QStringLiteral("recipient"), a.recipient);
    if (!a.building.isEmpty())
        o.insert(QStringLiteral("building"), a.building);
    if (!a.poBox.isEmpty())
        o.insert(QStringLiteral("poBox"), a.poBox);
    if (a.cedex)
        o.insert(QStringLiteral("cedex"), true);
    return o;
}

QJsonObject JsonFormat::toJson(const Representative &r)
{
    return {{QStringLiteral("civility"), Labels::code(r.civility)},
            {QStringLiteral("firstName"), r.firstName},
            {QStringLiteral("lastName"), r.lastName},
            {QStringLiteral("title"), r.title}};
}

QJsonObject JsonFormat::toJson(const CafProfile &c)
{
    return {{QStringLiteral("departement"), c.departement},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("director"), toJson(c.director)},
            {QStringLiteral("address"), toJson(c.address)},
            {QStringLiteral("signingTown"), c.signingTown},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone}};
}

QJsonObject JsonFormat::toJson(const Provider &p)
{
    QJsonObject o{{QStringLiteral("kind"), Labels::code(p.kind)},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("siret"), p.siret},
                  {QStringLiteral("representative"), toJson(p.representative)},
                  {QStringLiteral("address"), toJson(p.address)},
                  {QStringLiteral("email"), p.email},
                  {QStringLiteral("phone"), p.phone}};
    if (p.id)
        o.insert(QStringLiteral("id"), p.id);
    return o;
}

QJsonObject JsonFormat::toJson(const Establishment &e)
{
    QJsonObject o{
        {QStringLiteral("type"), e.type},       {QStringLiteral("name"), e.name},
        {QStringLiteral("address"), e.address}, {QStringLiteral("postcode"), e.postcode},
        {QStringLiteral("town"), e.town},       {QStringLiteral("monenfantId"), e.monEnfantId}};
    if (e.id)
        o.insert(QStringLiteral("id"), e.id);
    return o;
}

QJsonObject JsonFormat::toJson(const Person &p)
{
    QJsonObject o{{QStringLiteral("civility"), Labels::code(p.civility)},
                  {QStringLiteral("lastName"), p.lastName},
                  {QStringLiteral("firstName"), p.firstName},
                  {QStringLiteral("jobTitle"), p.jobTitle},
                  {QStringLiteral("email"), p.email}};
    if (p.id)
        o.insert(QStringLiteral("id"), p.id);
    return o;
}

QJsonObject JsonFormat::toJson(const Annex &a)
{
    QJsonArray persons, establishments;
    for (const Person &p : a.persons)
        persons.append(toJson(p));
    for (const AnnexEstablishment &ae : a.establishments) {
        QJsonObject o = toJson(ae.establishment);
        o.insert(QStringLiteral("functioning"), ae.scope.functioning);
        o.insert(QStringLiteral("availability"), ae.scope.availability);
        establishments.append(o);
    }
    return {{QStringLiteral("version"), a.version},
            {QStringLiteral("validFrom"), dateString(a.validFrom)},
            {QStringLiteral("persons"), persons},
            {QStringLiteral("establishments"), establishments}};
}

QJsonObject JsonFormat::toJson(const Convention &c)
{
    QJsonObject o{{QStringLiteral("reference"), c.reference},
                  {QStringLiteral("state"), Labels::code(c.state)},
                  {QStringLiteral("revision"), c.revision}};
    const auto put = [&o](const char *key, QDate d) {
        if (d.isValid())
            o.insert(QLatin1String(key), d.toString(Qt::ISODate));
    };
    put("receivedOn", c.receivedOn);
    put("mailedOn", c.mailedOn);
    put("returnedOn", c.returnedOn);
    put("signedOn", c.signedOn);
    put("activatedOn", c.activatedOn);
    put("noticeReceivedOn", c.noticeReceivedOn);
    put("terminatedOn", c.terminatedOn);
    put("cancelledOn", c.cancelledOn);
    return o;
}

QJsonObject JsonFormat::toJson(const Amendment &a)
{
    QJsonObject o{{QStringLiteral("number"), a.number},
                  {QStringLiteral("state"), Labels::code(a.state)},
                  {QStringLiteral("reason"), a.reason},
                  {QStringLiteral("annexVersion"), a.annexVersion}};
    const auto put = [&o](const char *key, QDate d) {
        if (d.isValid())
            o.insert(QLatin1String(key), d.toString(Qt::ISODate));
    };
    put("preparedOn", a.preparedOn);
    put("mailedOn", a.mailedOn);
    put("returnedOn", a.returnedOn);
    put("signedOn", a.signedOn);
    put("cancelledOn", a.cancelledOn);
    return o;
}

QJsonObject JsonFormat::toJson(const HabilitationRequest &r)
{
    Annex annex;
    annex.persons = r.persons;
    annex.establishments = r.establishments;
    const QJsonObject a = toJson(annex);
    return {{QStringLiteral("format"), QStringLiteral("habilis-request/1")},
            {QStringLiteral("caf"), r.cafDepartement},
            {QStringLiteral("received"), dateString(r.receivedOn)},
            {QStringLiteral("provider"), toJson(r.provider)},
            {QStringLiteral("persons"), a.value(QStringLiteral("persons"))},
            {QStringLiteral("establishments"), a.value(QStringLiteral("establishments"))}};
}

QJsonObject JsonFormat::datesJson(const Convention &c, QDate asOf)
{
    QJsonObject o{{QStringLiteral("asOf"), dateString(asOf)}};
    const QDate e = c.signedOn;
    o.insert(QStringLiteral("effective"), dateString(e));
    const bool living = c.state == ConventionState::InForce && e.isValid() &&
                        (!c.terminatedOn.isValid() || asOf < c.terminatedOn);
    o.insert(QStringLiteral("inForce"), living && asOf >= e);
    if (!e.isValid())
        return o;
    const dates::Period p = dates::periodOn(e, asOf);
    if (p.start.isValid()) {
        o.insert(QStringLiteral("currentPeriod"),
                 QJsonObject{{QStringLiteral("index"), p.index + 1},
                             {QStringLiteral("start"), dateString(p.start)},
                             {QStringLiteral("end"), dateString(p.end)}});
    }
    if (c.terminatedOn.isValid()) {
        o.insert(QStringLiteral("terminationEffective"), dateString(c.terminatedOn));
    } else if (living) {
        const QDate next = dates::nextAnniversary(e, asOf);
        o.insert(QStringLiteral("nextAnniversary"), dateString(next));
        o.insert(QStringLiteral("noticeDeadline"), dateString(dates::noticeDeadline(next)));
        o.insert(QStringLiteral("terminationIfNoticeOnAsOf"),
                 dateString(dates::terminationDate(e, asOf)));
    }
    return o;
}

QJsonObject JsonFormat::toJson(const ConventionDetail &d, QDate asOf)
{
    QJsonObject o = toJson(d.convention);
    o.insert(QStringLiteral("caf"), toJson(d.caf));
    o.insert(QStringLiteral("provider"), toJson(d.provider));
    o.insert(QStringLiteral("annex"), toJson(d.annex));
    o.insert(QStringLiteral("annexVersions"), d.annexVersions);
    o.insert(QStringLiteral("dates"), datesJson(d.convention, asOf));
    return o;
}

QJsonObject JsonFormat::toJson(const ConventionRow &r)
{
    return {{QStringLiteral("reference"), r.reference},
            {QStringLiteral("state"), Labels::code(r.state)},
            {QStringLiteral("caf"), r.cafDepartement},
            {QStringLiteral("provider"), r.providerName},
            {QStringLiteral("town"), r.providerTown},
            {QStringLiteral("receivedOn"), dateString(r.receivedOn)},
            {QStringLiteral("signedOn"), dateString(r.signedOn)},
            {QStringLiteral("persons"), r.persons},
            {QStringLiteral("establishments"), r.establishments}};
}

QJsonObject JsonFormat::toJson(const JournalEntry &e)
{
    const auto parse = [](const QString &text) -> QJsonValue {
        if (text.isEmpty())
            return QJsonValue::Null;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(text);
    };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("dbUser"), e.dbUser},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entityId"), e.entityId},
            {QStringLiteral("reference"), e.reference},
            {QStringLiteral("before"), parse(e.before)},
            {QStringLiteral("after"), parse(e.after)}};
}

HabilitationRequest JsonFormat::requestFromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    Reader in(errors);
    HabilitationRequest r;
    const QString format = in.string(o, {}, QStringLiteral("format"), true);
    if (!format.isEmpty() && format != u"habilis-request/1") {
        in.fail(QStringLiteral("format"), format,
                tr("\"%1\" is not a known format (expected habilis-request/1).").arg(format));
    }
    r.cafDepartement = in.string(o, {}, QStringLiteral("caf"), true);
    r.receivedOn = in.date(o, {}, QStringLiteral("received"), true);

    const QString pp = QStringLiteral("provider");
    const QJsonObject po = in.object(o, {}, pp, true);
    if (!po.isEmpty()) {
        const QString kind = in.string(po, pp, QStringLiteral("kind"), true);
        if (const auto k = Labels::providerKindFromCode(kind)) {
            r.provider.kind = *k;
        } else if (!kind.isEmpty()) {
            in.fail(in.path(pp, QStringLiteral("kind")), kind,
                    tr("\"%1\" is not a kind of provider (%2).")
                        .arg(kind, Labels::providerKindCodes().join(QStringLiteral(", "))));
        }
        r.provider.name = in.string(po, pp, QStringLiteral("name"), true);
        r.provider.siret = Validation::normalizedSiret(in.string(po, pp, QStringLiteral("siret")));
        const QString rp = in.path(pp, QStringLiteral("representative"));
        r.provider.representative =
            in.representative(in.object(po, pp, QStringLiteral("representative"), true), rp);
        r.provider.address = in.address(in.object(po, pp, QStringLiteral("address"), true),
                                        in.path(pp, QStringLiteral("address")));
        r.provider.email = in.string(po, pp, QStringLiteral("email"));
        r.provider.phone = in.string(po, pp, QStringLiteral("phone"));
    }

    const QJsonArray persons = in.array(o, {}, QStringLiteral("persons"));
    for (int i = 0; i < persons.size(); ++i) {
        const QString path = QStringLiteral("persons[%1]").arg(i + 1);
        if (!persons.at(i).isObject()) {
            in.fail(path, valueText(persons.at(i)),
                    tr("expected an object, found %1.").arg(typeName(persons.at(i))));
            continue;
        }
        const QJsonObject po2 = persons.at(i).toObject();
        Person p;
        p.civility = in.civility(po2, path);
        p.lastName = in.string(po2, path, QStringLiteral("lastName"), true);
        p.firstName = in.string(po2, path, QStringLiteral("firstName"), true);
        p.jobTitle = in.string(po2, path, QStringLiteral("jobTitle"));
        p.email = in.string(po2, path, QStringLiteral("email"), true);
        r.persons << p;
    }

    const QJsonArray establishments = in.array(o, {}, QStringLiteral("establishments"));
    for (int i = 0; i < establishments.size(); ++i) {
        const QString path = QStringLiteral("establishments[%1]").arg(i + 1);
        if (!establishments.at(i).isObject()) {
            in.fail(path, valueText(establishments.at(i)),
                    tr("expected an object, found %1.").arg(typeName(establishments.at(i))));
            continue;
        }
        const QJsonObject eo = establishments.at(i).toObject();
        AnnexEstablishment ae;
        ae.establishment.type = in.string(eo, path, QStringLiteral("type"), true).toUpper();
        ae.establishment.name = in.string(eo, path, QStringLiteral("name"), true);
        ae.establishment.address = in.string(eo, path, QStringLiteral("address"));
        ae.establishment.postcode = in.string(eo, path, QStringLiteral("postcode"), true);
        ae.establishment.town = in.string(eo, path, QStringLiteral("town"), true);
        ae.establishment.monEnfantId = in.string(eo, path, QStringLiteral("monenfantId"));
        ae.scope.functioning = in.boolean(eo, path, QStringLiteral("functioning"), true);
        ae.scope.availability = in.boolean(eo, path, QStringLiteral("availability"), false);
        r.establishments << ae;
    }
    return r;
}

Representative JsonFormat::representativeFromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    Reader in(errors);
    return in.representative(o, QStringLiteral("representative"));
}

PostalAddress JsonFormat::addressFromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    Reader in(errors);
    return in.address(o, QStringLiteral("address"));
}

CafProfile JsonFormat::cafFromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    Reader in(errors);
    CafProfile c;
    c.departement = in.string(o, {}, QStringLiteral("departement"), true).toUpper();
    c.name = in.string(o, {}, QStringLiteral("name"), true);
    c.director = in.representative(in.object(o, {}, QStringLiteral("director"), true),
                                   QStringLiteral("director"));
    c.address =
        in.address(in.object(o, {}, QStringLiteral("address"), true), QStringLiteral("address"));
    c.signingTown = in.string(o, {}, QStringLiteral("signingTown"), true);
    c.email = in.string(o, {}, QStringLiteral("email"));
    c.phone = in.string(o, {}, QStringLiteral("phone"));
    return c;
}

} // namespace habilis
