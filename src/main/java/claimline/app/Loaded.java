package claimline.app;

import claimline.corpus.CorpusReader;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.ModelFiles;
import claimline.model.EventModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * What opening something gives the window: the model as read, the corrections to replay on it, where the corpus
 * and the project file are, and a note for the status bar. Built off the FX thread.
 */
record Loaded(EventModel base, List<Correction> corrections, Path corpus, Path projectFile, String note) {
    /** A corpus folder, with the corrections of its project file when it has one. */
    static Loaded corpus(Path folder, DoubleConsumer progress) throws Exception {
        EventModel m = ModelFiles.readCorpus(folder, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, progress);
        Path project = ProjectSession.defaultFileFor(folder);
        if (Files.isRegularFile(project)) {
            Project p = ProjectFiles.load(project);
            return new Loaded(m, p.corrections(), folder, project, Messages.get("loaded.reapplied",
                    p.corrections().size(), project.getFileName()));
        }
        return new Loaded(m, List.of(), folder, project, "");
    }

    /** A project file: its corpus is read again and the corrections replayed; without the corpus, the saved model. */
    static Loaded project(Path file, DoubleConsumer progress) throws Exception {
        Project p = ProjectFiles.load(file);
        Path dir = file.toAbsolutePath().getParent();
        Path corpus = p.corpus() == null ? null : dir.resolve(p.corpus()).normalize();
        if (corpus != null && Files.isDirectory(corpus)) {
            EventModel m = ModelFiles.readCorpus(corpus, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, progress);
            return new Loaded(m, p.corrections(), corpus, file, Messages.get("loaded.reapplied", p.corrections().size(),
                    file.getFileName()));
        }
        return new Loaded(p.model(), List.of(), corpus, file, Messages.get("loaded.noCorpus", p.corrections().size()));
    }

    /** A plain claimline/1 model; corrections to it go to a project file beside it. */
    static Loaded model(Path file) throws Exception {
        return new Loaded(ModelFiles.load(file), List.of(), null, ProjectSession.defaultFileFor(file), "");
    }
}
