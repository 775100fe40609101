#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationfile.h"

#include <QUndoCommand>

// The undo commands of AnnotationStore. Several tiny classes in one header, as Okular's
// documentcommands_p.h: they are the store's private business, and each is a few lines.
namespace Recoupe {

class AnnotationStore;

class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationStore *store, const Annotation &annotation, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Annotation m_annotation;
    int m_index;
};

class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(AnnotationStore *store, const Annotation &before, const Annotation &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Annotation m_before;
    Annotation m_after;
};

class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(AnnotationStore *store, const Annotation &annotation, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Annotation m_annotation;
    int m_index;
};

// Every annotation at once: restoring a backup.
class ReplaceAnnotationsCommand : public QUndoCommand
{
public:
    ReplaceAnnotationsCommand(AnnotationStore *store, const AnnotationFileContent &before, const AnnotationFileContent &after,
                              const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    AnnotationFileContent m_before;
    AnnotationFileContent m_after;
};

} // namespace Recoupe
