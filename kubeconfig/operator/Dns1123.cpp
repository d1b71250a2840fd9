#include "Dns1123.h"

namespace {

bool isLowerAlphaNumeric(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

Status Dns1123::checkLabel(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return Status::failure(tr("%1 is empty; use lower-case letters, digits and '-', e.g. "
                                  "kube-apiserver")
                                   .arg(what));
    if (value.size() > MaxLabelLength)
        return Status::failure(tr("%1 '%2' has %3 characters; a DNS-1123 label has at most %4")
                                   .arg(what, value)
                                   .arg(value.size())
                                   .arg(MaxLabelLength));
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (isLowerAlphaNumeric(c) || c == QLatin1Char('-'))
            continue;
        const QString hint = c.isUpper() ? tr("use lower case (%1)").arg(value.toLower())
                                         : tr("only a-z, 0-9 and '-' are allowed");
        return Status::failure(tr("%1 '%2' has '%3' at position %4; %5")
                                   .arg(what, value, QString(c))
                                   .arg(i + 1)
                                   .arg(hint));
    }
    if (!isLowerAlphaNumeric(value.front()) || !isLowerAlphaNumeric(value.back()))
        return Status::failure(
            tr("%1 '%2' must start and end with a letter or digit").arg(what, value));
    return Status::success();
}
