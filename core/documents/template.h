#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace habilis {

/// A document template: HTML with placeholders, a small subset of Mustache.
///
/// - `{{name}}` or `{{caf.name}}`: the value, always HTML-escaped.
/// - `{{#name}}…{{/name}}`: repeated for each item of a list, shown once when the value is
///   true or a non-empty text, left out otherwise. Inside, names are looked up in the item
///   first, then outside it.
/// - `{{^name}}…{{/name}}`: shown when the value is false, empty or missing.
/// - `{{! comment }}`: left out.
///
/// An unknown name is an error: a Caf's template with a misspelt placeholder is refused
/// rather than printed with a hole.
class Template {
    Q_DECLARE_TR_FUNCTIONS(Template)
public:
    /// Parses `text`; `origin` (a file name) is named in the errors.
    static Expected<Template> parse(const QString &text, const QString &origin = {});

    /// The HTML with every placeholder replaced from `context` (a QVariantHash whose values
    /// are texts, booleans, nested QVariantHash or QVariantList of QVariantHash).
    Expected<QString> render(const QVariantHash &context) const;

    struct Node;

private:
    QString m_origin;
    std::shared_ptr<const QList<Node>> m_nodes;
};

} // namespace habilis
