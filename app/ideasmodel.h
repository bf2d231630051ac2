#pragma once
// Ideas: one free text, its kind (opportunity / concern / solution, as the activity lists
// them) and a theme of the pack. The rows are the themes; the kinds are a short list.

#include "activitymodel.h"

#include <QStringList>
#include <QVariantList>

namespace samenspraak {

class IdeasModel : public ActivityModel {
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY ideaChanged)
    Q_PROPERTY(int maxLength READ maxLength NOTIFY activityIdChanged)
    Q_PROPERTY(QString ideaKind READ ideaKind WRITE setIdeaKind NOTIFY ideaChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY ideaChanged)
    // [{id, name, description, selected}] in the activity's order, in the current language.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY kindsChanged)

public:
    enum Role { ThemeIdRole = Qt::UserRole + 1, NameRole, SelectedRole };

    explicit IdeasModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    int maxLength() const { return m_maxLength; }
    QString ideaKind() const { return m_kind; }
    void setIdeaKind(const QString &kind);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QVariantList kinds() const;

    bool canContinue() const override;
    bool answered() const override { return !m_text.trimmed().isEmpty() || !m_kind.isEmpty() || !m_theme.isEmpty(); }
    QJsonObject payloadJson() const override;

    // The words for an idea kind, shown on its button.
    static QString kindName(const QString &kind);
    static QString kindDescription(const QString &kind);

signals:
    void ideaChanged();
    void kindsChanged();

protected:
    void load(const ContentPack &pack, const Activity &activity) override;
    void restore(const QJsonObject &payload) override;
    QList<int> textRoles() const override { return {NameRole}; }
    // The items are the screen's: the text (0), its kind (1), each theme (2 and on).
    QStringList spokenItems(int first, int end) const override;
    int itemCount() const override { return 2 + rows(); }
    int rows() const override { return int(m_themes.size()); }

private:
    int m_maxLength = 500;
    QStringList m_kinds;
    QStringList m_themes;
    QString m_text;
    QString m_kind;
    QString m_theme;
};

} // namespace samenspraak
