package claimline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that, whatever moment the process dies, the file on disk is the complete old or the complete
 * new version: write a temporary file in the same folder, fsync it, then rename it over the target atomically.
 * With backups, the version replaced becomes {@code name.bak} and older ones move down to {@code name.bak.1},
 * {@code name.bak.2}, … — but only once the new version is in place, so an attempt that fails (a full disk, an
 * immutable file, a read-only folder), however often it is retried, never costs a backup.
 */
public final class AtomicFile {
    /** Writes the content to a stream; the stream is flushed and synced by {@link AtomicFile}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The moments of a replacement, in order; each is a point where the process may die or the disk refuse. */
    public enum Step {
        /** The new version is complete and synced in a temporary file; nothing else has changed. */
        WRITTEN,
        /** The version about to be replaced is kept under a temporary name (a hard link, else a synced copy). */
        PREVIOUS_KEPT,
        /** About to rename the new version over the file. */
        REPLACING,
        /** The new version is the file; the backups are still those of before. */
        REPLACED,
        /** About to rename one backup down a place (the oldest goes), or the version replaced to {@code .bak}. */
        ROTATING,
        /** The version replaced is {@code .bak}. */
        ROTATED
    }

    /** Told of each {@link Step}; may throw to make the replacement fail there (tests do, as a refusing disk would). */
    @FunctionalInterface
    public interface Steps {
        Steps NONE = step -> { };

        void reached(Step step) throws IOException;
    }

    private AtomicFile() {}

    public static void write(Path target, Content content) throws IOException {
        write(target, content, 0, Steps.NONE);
    }

    /** As {@link #write(Path, Content)}; with {@code keepBackup} the previous version is kept as {@code name.bak}. */
    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        write(target, content, keepBackup ? 1 : 0, Steps.NONE);
    }

    /** A backup of a file, newest first: index 0 is {@code name.bak}, 1 is {@code name.bak.1}, and so on. */
    public static Path backup(Path file, int index) {
        String name = file.getFileName() + ".bak" + (index == 0 ? "" : "." + index);
        return file.toAbsolutePath().resolveSibling(name);
    }

    /** Replaces the file with the content, keeping the {@code backups} last versions (0: none). */
    public static void write(Path target, Content content, int backups, Steps steps) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        // A fixed name, so that one left by a process that died here is replaced, not piled up.
        Path previous = dir.resolve("." + file.getFileName() + ".previous");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
                content.writeTo(buffered);
                buffered.flush();
                ch.force(true);
            }
            giveUsualPermissions(tmp, file);
            steps.reached(Step.WRITTEN);
            boolean keep = backups > 0 && Files.isRegularFile(file);
            if (keep) {
                finishInterruptedRotation(file, previous, backups, steps);
                keepPrevious(file, previous);
                steps.reached(Step.PREVIOUS_KEPT);
            }
            steps.reached(Step.REPLACING);
            move(tmp, file);
            syncDirectory(dir);
            steps.reached(Step.REPLACED);
            if (keep) {
                rotate(file, previous, backups, steps);
                syncDirectory(dir);
                steps.reached(Step.ROTATED);
            }
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(previous);
        }
    }

    /**
     * The temporary file is created readable by its owner alone; the file it becomes keeps the permissions of the one
     * it replaces, and a new one gets those of a file saved as usual (read-write for the owner, readable by others),
     * so that an export meant to be shared can be. Where the file system has no POSIX permissions, nothing to do.
     */
    private static void giveUsualPermissions(Path tmp, Path file) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.isRegularFile(file)
                ? Files.getPosixFilePermissions(file)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /**
     * A version kept aside by a save that died after replacing the file but before its backups were rotated is the
     * newest backup that should be: it takes its place now. One that is still the file itself (the save died before
     * replacing it) is simply dropped.
     */
    private static void finishInterruptedRotation(Path file, Path previous, int backups, Steps steps)
            throws IOException {
        if (!Files.exists(previous)) {
            return;
        }
        if (Files.mismatch(previous, file) == -1) {
            Files.delete(previous);
        } else {
            rotate(file, previous, backups, steps);
        }
    }

    /**
     * The version about to be replaced, under a temporary name: the same data (a hard link) where possible, else a
     * synced copy; either way it is whole whenever it exists under that name.
     */
    private static void keepPrevious(Path file, Path previous) throws IOException {
        try {
            Files.createLink(previous, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here (FAT, some network shares).
            Path copy = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                move(copy, previous);
            } finally {
                Files.deleteIfExists(copy);
            }
        }
    }

    /**
     * Puts the previous version at {@code .bak}, moving the backups down a place as far as the first missing one
     * (when none is missing the oldest goes): a rotation cut short by a crash leaves a gap that this one fills,
     * rather than pushing out a version for nothing.
     */
    private static void rotate(Path file, Path previous, int backups, Steps steps) throws IOException {
        int gap = 0;
        while (gap < backups - 1 && Files.exists(backup(file, gap))) {
            gap++;
        }
        for (int i = gap; i >= 1; i--) {
            steps.reached(Step.ROTATING);
            move(backup(file, i - 1), backup(file, i));
        }
        steps.reached(Step.ROTATING);
        move(previous, backup(file, 0));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames themselves durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform (Windows); the file's own fsync already happened.
        }
    }
}
