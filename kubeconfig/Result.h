#pragma once

#include <QString>

#include <optional>
#include <utility>

// An expected-style result: a value, or a user-facing error message that says what failed,
// where and what to do ("/home/u/.kube/config:12:5: expected a list of clusters").
template <class T> class Result
{
public:
    static Result ok(T value)
    {
        Result r;
        r.m_value = std::move(value);
        return r;
    }
    static Result failure(const QString &error)
    {
        Result r;
        r.m_error = error.isEmpty() ? QStringLiteral("unknown error") : error;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only valid when ok().
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }

    // Empty when ok().
    QString error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Result without a value: success, or a user-facing error message.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(const QString &error)
    {
        Status s;
        s.m_failed = true;
        s.m_error = error.isEmpty() ? QStringLiteral("unknown error") : error;
        return s;
    }
    template <class T> static Status fromResult(const Result<T> &result)
    {
        return result.ok() ? success() : failure(result.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
