#include "annotations/annotationcommands.h"

#include "annotations/annotationstore.h"

#include <QCoreApplication>

namespace Recoupe {

namespace {

// "«60 to 65 billion»" for the Edit menu: long quotes are cut.
QString shortQuote(const Annotation &annotation)
{
    QString quote = annotation.target.exact.simplified();
    if (quote.isEmpty())
        quote = annotation.target.claimId.isEmpty() ? annotation.target.claimGroup.entity : annotation.target.claimId;
    if (quote.size() > 30)
        quote = quote.left(29) + u'…';
    return quote;
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore *store, const Annotation &annotation, int index, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Recoupe::AnnotationStore", "Annotate “%1”").arg(shortQuote(annotation)), parent)
    , m_store(store)
    , m_annotation(annotation)
    , m_index(index)
{
}

void AddAnnotationCommand::redo()
{
    m_store->insertAnnotation(m_index, m_annotation);
}

void AddAnnotationCommand::undo()
{
    m_store->removeAnnotationAt(m_store->indexOf(m_annotation.id));
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationStore *store, const Annotation &before, const Annotation &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Recoupe::AnnotationStore", "Edit annotation on “%1”").arg(shortQuote(after)), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void EditAnnotationCommand::redo()
{
    m_store->replaceAnnotation(m_after);
}

void EditAnnotationCommand::undo()
{
    m_store->replaceAnnotation(m_before);
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationStore *store, const Annotation &annotation, int index, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Recoupe::AnnotationStore", "Delete annotation on “%1”").arg(shortQuote(annotation)), parent)
    , m_store(store)
    , m_annotation(annotation)
    , m_index(index)
{
}

void RemoveAnnotationCommand::redo()
{
    m_store->removeAnnotationAt(m_store->indexOf(m_annotation.id));
}

void RemoveAnnotationCommand::undo()
{
    m_store->insertAnnotation(m_index, m_annotation);
}

ReplaceAnnotationsCommand::ReplaceAnnotationsCommand(AnnotationStore *store, const AnnotationFileContent &before,
                                                     const AnnotationFileContent &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void ReplaceAnnotationsCommand::redo()
{
    m_store->replaceContent(m_after);
}

void ReplaceAnnotationsCommand::undo()
{
    m_store->replaceContent(m_before);
}

} // namespace Recoupe
