#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace habilis {

/// A failure a person can read: French once translated, naming the field and the value.
struct Error {
    QString message;
};

/// The result of an operation that may fail: a value or an Error. The core API uses it
/// everywhere a failure must be told to a person.
template <typename T> class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_data(std::move(value))
    {}
    Expected(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorString() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

} // namespace habilis
