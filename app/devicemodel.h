#pragma once
// A list model that shows one device's data: the activity models and the results glimpse.
// QML creates them, so they find their device through the services of the engine that made
// them (services.h), before any property is set; C++ (tests, benchmarks) sets it directly.

#include <QAbstractListModel>
#include <QQmlParserStatus>

namespace samenspraak {

class AppContext;

class DeviceModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
public:
    explicit DeviceModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    void setContext(AppContext *context);
    AppContext *context() const { return m_context; }

    void classBegin() override;
    void componentComplete() override {}

protected:
    // The device changed (null: none); reload what is shown.
    virtual void contextChanged() = 0;
    // The participant's language changed: texts read differently.
    virtual void languageChanged() = 0;

private:
    AppContext *m_context = nullptr;
};

} // namespace samenspraak
