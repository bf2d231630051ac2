#pragma once
// Dilemma: one position on a slider between two poles. The rows are the slider's
// positions, so each can also be a button of its own; nothing is chosen until the
// participant picks a position (a slider resting in the middle is not an answer).

#include "activitymodel.h"

namespace samenspraak {

class DilemmaModel : public ActivityModel {
    Q_OBJECT
    Q_PROPERTY(QString leftLabel READ leftLabel NOTIFY textsChanged)
    Q_PROPERTY(QString rightLabel READ rightLabel NOTIFY textsChanged)
    Q_PROPERTY(int steps READ steps NOTIFY activityIdChanged)
    // -1 until a position is chosen
    Q_PROPERTY(int position READ position WRITE setPosition NOTIFY positionChanged)
    // The chosen position in words, e.g. "You lean clearly towards: keep the green landscape".
    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)

public:
    enum Role { PositionRole = Qt::UserRole + 1, SelectedRole, DescriptionRole };

    explicit DilemmaModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString leftLabel() const;
    QString rightLabel() const;
    int steps() const { return m_steps; }
    int position() const { return m_position; }
    void setPosition(int position);
    QString positionText() const { return describe(m_position); }
    // Words for a position: which pole and how strongly.
    QString describe(int position) const;

    bool canContinue() const override { return m_position >= 0; }
    bool answered() const override { return m_position >= 0; }
    QJsonObject payloadJson() const override;

signals:
    void positionChanged();

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {DescriptionRole}; }
    QStringList spokenItems(int first, int end) const override;
    int rows() const override { return m_steps; }

private:
    int m_steps = 0;
    int m_position = -1;
};

} // namespace samenspraak
