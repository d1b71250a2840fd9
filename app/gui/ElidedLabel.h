#pragma once

#include <QLabel>
#include <QString>

// A one-line label for long names (an EKS ARN ends with the cluster's name): the text is
// elided in the middle to the width it gets, and the full text is its tooltip. Plain text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
};
