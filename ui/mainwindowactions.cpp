// The window's actions, answered by the dialogs (merged from the dialog branches).
#include "mainwindow.h"

#include <QStatusBar>

namespace habilis {

void MainWindow::runStep(const QString &, Step) {}
void MainWindow::runAmendmentStep(const QString &, int, Step) {}
void MainWindow::newRequest() {}
void MainWindow::prepareAmendment(const QString &, const QString &) {}
void MainWindow::previewDocuments(const QString &, int) {}
void MainWindow::printDocuments(const QString &, int) {}
void MainWindow::saveDocumentsPdf(const QString &, int) {}
void MainWindow::printBatch() {}
void MainWindow::exportHabilitations(const QString &) {}
void MainWindow::exportCurrentList() {}
void MainWindow::editSettings() {}

} // namespace habilis
