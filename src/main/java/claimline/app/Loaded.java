package claimline.app;

import claimline.corpus.CorpusReader;
import claimline.corrections.Correction;
import claimline.corrections.Project;
import claimline.corrections.ProjectFiles;
import claimline.export.ModelFiles;
import claimline.export.ModelFormatException;
import claimline.model.EventModel;
import claimline.viewmodel.CorrectionsViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * What opening something gives the window: the model as read, the corrections to replay on it, where the corpus
 * and the project file are, what the project file holds now ({@code onDisk}), corrections already inside the model
 * ({@code inherited}: a project shown without its corpus), the damage when the project file does not read, and a
 * note for the status bar. Built off the FX thread.
 */
record Loaded(EventModel base, List<Correction> corrections, Path corpus, Path projectFile, List<Correction> onDisk,
              List<Correction> inherited, Damage damage, String note, CorrectionsViewModel.Prepared prepared) {
    Loaded(EventModel base, List<Correction> corrections, Path corpus, Path projectFile, List<Correction> onDisk,
           List<Correction> inherited, Damage damage, String note) {
        this(base, corrections, corpus, projectFile, onDisk, inherited, damage, note, null);
    }

    /**
     * The same, with the corrections replayed on the model and the result indexed: what showing it takes, done where
     * it was read, off the FX thread (for 50,000 articles, most of a second the window would otherwise freeze).
     */
    Loaded readyToShow() {
        CorrectionsViewModel.Prepared prepared = CorrectionsViewModel.prepare(base, corrections);
        prepared.index().buildLookups();
        return new Loaded(base, corrections, corpus, projectFile, onDisk, inherited, damage, note, prepared);
    }

    /** A project file that does not read: why, and its newest backup that does (null when none does). */
    record Damage(Path file, String reason, ProjectFiles.Backup backup) {}

    /** A corpus folder (or collection file), with the corrections of its project file when it has one. */
    static Loaded corpus(Path folder, DoubleConsumer progress) throws Exception {
        EventModel m = ModelFiles.readCorpus(folder, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, progress);
        return withProject(m, folder, ProjectSession.defaultFileFor(folder));
    }

    /** Articles read one by one: the project file of their folder applies, as for the folder. */
    static Loaded files(EventModel m, Path folder) {
        return withProject(m, null, ProjectSession.defaultFileFor(folder));
    }

    /** A plain claimline/1 model; corrections to it are in a project file beside it. */
    static Loaded model(Path file) throws Exception {
        return withProject(ModelFiles.load(file), null, ProjectSession.defaultFileFor(file));
    }

    /**
     * A model with the corrections of its project file to replay; a project file that does not read keeps the
     * model from nothing: it opens without them and the damage is reported, with the backup that reads.
     */
    private static Loaded withProject(EventModel m, Path corpus, Path project) {
        if (!Files.isRegularFile(project)) {
            return new Loaded(m, List.of(), corpus, project, List.of(), List.of(), null, "");
        }
        try {
            Project p = ProjectFiles.load(project);
            return new Loaded(m, p.corrections(), corpus, project, p.corrections(), List.of(), null, "");
        } catch (ModelFormatException e) {
            return new Loaded(m, List.of(), corpus, project, List.of(), List.of(),
                    new Damage(project, e.getMessage(), ProjectFiles.newestReadableBackup(project).orElse(null)), "");
        }
    }

    /**
     * A project file: its corpus is read again and the corrections replayed; without the corpus, the saved model.
     * A backup ({@code p.claimline.json.bak}) opened by hand is a return to it: the project is the file it backs up.
     * A project file that does not read opens its corpus as its newest readable backup names it, with the damage.
     */
    static Loaded project(Path file, DoubleConsumer progress) throws Exception {
        Path abs = file.toAbsolutePath().normalize();
        Path original = ProjectFiles.originalOf(abs);
        Project p;
        try {
            p = ProjectFiles.load(abs);
        } catch (ModelFormatException e) {
            ProjectFiles.Backup backup = original.equals(abs) ? ProjectFiles.newestReadableBackup(abs).orElse(null) : null;
            Path corpus = backup == null ? null : corpusOf(abs, backup.project());
            if (corpus == null || !isCorpus(corpus)) {
                throw new ModelFormatException(abs.getFileName() + ": " + e.getMessage(), e);
            }
            EventModel m = ModelFiles.readCorpus(corpus, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, progress);
            return new Loaded(m, List.of(), corpus, abs, List.of(), List.of(), new Damage(abs, e.getMessage(), backup),
                    "");
        }
        List<Correction> onDisk = p.corrections();
        String note = "";
        if (!original.equals(abs)) {
            onDisk = List.of();
            note = Messages.get("status.backupOpened", abs.getFileName(), original.getFileName());
            if (Files.exists(original)) {
                try {
                    onDisk = ProjectFiles.load(original).corrections();
                } catch (ModelFormatException damaged) {
                    note += " " + Messages.get("status.damagedKeptAside",
                            keepAside(original).getFileName());
                }
            }
        }
        Path corpus = corpusOf(abs, p);
        if (corpus != null && isCorpus(corpus)) {
            EventModel m = ModelFiles.readCorpus(corpus, false, CorpusReader.DEFAULT_MAX_FILE_SIZE, progress);
            return new Loaded(m, p.corrections(), corpus, original, onDisk, List.of(), null, note);
        }
        return new Loaded(p.model(), List.of(), corpus, original, original.equals(abs) ? p.corrections() : onDisk,
                p.corrections(), null, Messages.get("status.corpusNotFound", p.corrections().size()) + note);
    }

    /** A corpus is a folder, or a collection of articles in one file. */
    static boolean isCorpus(Path p) {
        return Files.isDirectory(p) || Files.isRegularFile(p) && CorpusReader.isCollection(p);
    }

    /** "4 corrections re-applied from X", or "2 of 4 corrections re-applied, 2 no longer apply (see Problems)". */
    static String reappliedText(int total, int unapplied, Path from) {
        return unapplied == 0 ? Messages.get("status.reapplied", total, from.getFileName())
                : Messages.get("status.reappliedSome", total - unapplied, total, unapplied);
    }

    /** What the status bar adds once something is open: how many corrections were re-applied, and the loader's note. */
    String openedNote(int unapplied) {
        if (corrections().isEmpty()) {
            return note();
        }
        String counts = reappliedText(corrections().size(), unapplied, projectFile());
        return note().isEmpty() ? counts : counts + " — " + note();
    }

    private static Path corpusOf(Path projectFile, Project p) {
        return p.corpus() == null ? null : projectFile.getParent().resolve(p.corpus()).normalize();
    }

    private static Path keepAside(Path damaged) throws ModelFormatException {
        try {
            return ProjectFiles.keepAside(damaged, Instant.now());
        } catch (IOException e) {
            throw new ModelFormatException(damaged + " does not read and cannot be moved aside: " + e.getMessage(), e);
        }
    }
}
