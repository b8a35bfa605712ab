package vn.dongnai.contest.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Question;
import vn.dongnai.contest.bank.TextKeys;

/**
 * Entry point for reading and writing a bank, the format chosen by file extension ({@link Format}).
 *
 * <p>Reading is all or nothing: a file is read whole (at most {@link #MAX_FILE_BYTES}), parsed
 * whole, and only then returned; anything that makes it unreadable is a {@link
 * BankFormatException} with a Vietnamese and an English message, never another exception.
 * Problems inside a readable file come back as the bank's {@code readIssues} for {@code
 * BankValidator} to report together with its own.
 */
public final class BankFiles {

    /** Larger than any real bank (10,000 questions of text is about 5 MB), small enough to hold in memory. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** More questions than a provincial contest needs; beyond it a file is refused, not truncated. */
    public static final int MAX_QUESTIONS = 10_000;

    private BankFiles() {
    }

    public static Bank read(Path fileOrDirectory) {
        return read(fileOrDirectory, ReadOptions.NONE);
    }

    /** A directory is read as the committed bank: every {@code *.txt} in it, in file-name order. */
    public static Bank read(Path fileOrDirectory, ReadOptions options) {
        if (!Files.exists(fileOrDirectory)) {
            throw unreadable(nameOf(fileOrDirectory), new NoSuchFileException(fileOrDirectory.toString()));
        }
        if (Files.isDirectory(fileOrDirectory)) {
            return readDirectory(fileOrDirectory, options);
        }
        String fileName = nameOf(fileOrDirectory);
        Format format = Format.forReading(fileName);
        try (InputStream in = Files.newInputStream(fileOrDirectory)) {
            return format.reader().read(fileName, readBounded(fileName, in), options);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** For uploads: {@code fileName} picks the format and names the file in messages. */
    public static Bank read(String fileName, InputStream in, ReadOptions options) {
        Format format = Format.forReading(fileName);
        try {
            return format.reader().read(fileName, readBounded(fileName, in), options);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    public static Bank read(String fileName, InputStream in) {
        return read(fileName, in, ReadOptions.NONE);
    }

    /**
     * Writes by extension; a directory gets one text file per topic. The file appears complete or
     * not at all (written beside it, then moved into place).
     */
    public static void write(Bank bank, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            writeDirectory(bank, target);
            return;
        }
        Format format = Format.forWriting(nameOf(target));
        Path parent = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, "." + nameOf(target), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                format.writer().write(bank, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Bank bank, String fileName, OutputStream out) throws IOException {
        Format.forWriting(fileName).writer().write(bank, out);
    }

    /**
     * The committed layout: one {@code .txt} per topic, named after the topic's id prefix
     * ({@code dvctt.txt}) or, without one, after the topic itself.
     */
    public static void writeDirectory(Bank bank, Path directory) throws IOException {
        Files.createDirectories(directory);
        Set<String> used = new HashSet<>();
        List<Question> untitled = bank.questions().stream().filter(q -> q.topic() == null).toList();
        if (!untitled.isEmpty()) {
            write(Bank.of(untitled), directory.resolve(uniqueName("untitled", used)));
        }
        for (Map.Entry<String, List<Question>> topic : bank.byTopic().entrySet()) {
            Bank one = new Bank(List.of(topic.getKey()), topic.getValue(), List.of());
            write(one, directory.resolve(uniqueName(baseName(topic.getKey(), topic.getValue()), used)));
        }
    }

    /** The Excel template organizers download: headers, one example row, a how-to sheet. */
    public static void writeTemplate(OutputStream out) throws IOException {
        new ExcelFormat().writeTemplate(out);
    }

    private static Bank readDirectory(Path directory, ReadOptions options) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "*.txt")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw unreadable(nameOf(directory), e);
        }
        files.sort(null);
        List<Bank> banks = new ArrayList<>();
        int count = 0;
        for (Path file : files) {
            Bank bank = read(file, options);
            count += bank.questions().size();
            checkQuestionCount(nameOf(directory), count);
            banks.add(bank);
        }
        return Bank.concat(banks);
    }

    private static String baseName(String topic, List<Question> questions) {
        List<String> prefixes = questions.stream()
                .map(q -> q.id() == null ? "" : q.id().replaceFirst("-\\d+$", ""))
                .distinct()
                .toList();
        if (prefixes.size() == 1 && !prefixes.getFirst().isEmpty() && !prefixes.getFirst().equals(questions.getFirst().id())) {
            return prefixes.getFirst();
        }
        String slug = TextKeys.fold(topic).replace(' ', '-');
        return slug.isEmpty() ? "topic" : slug;
    }

    private static String uniqueName(String base, Set<String> used) {
        String name = base + ".txt";
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".txt";
        }
        return name;
    }

    static byte[] readBounded(String fileName, InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            throw new BankFormatException("FILE_TOO_LARGE",
                    "Tệp " + fileName + " lớn hơn " + (MAX_FILE_BYTES >> 20) + " MB; hãy chia nhỏ ngân hàng.",
                    "File " + fileName + " is larger than " + (MAX_FILE_BYTES >> 20) + " MB; split the bank.");
        }
        return content;
    }

    static void checkQuestionCount(String fileName, int count) {
        if (count > MAX_QUESTIONS) {
            throw tooManyQuestions(fileName);
        }
    }

    static BankFormatException tooManyQuestions(String fileName) {
        return new BankFormatException("TOO_MANY_QUESTIONS",
                fileName + " có hơn " + MAX_QUESTIONS + " câu hỏi; hãy chia thành nhiều tệp.",
                fileName + " has more than " + MAX_QUESTIONS + " questions; split it into several files.");
    }

    private static BankFormatException unreadable(String fileName, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BankFormatException("NOT_FOUND",
                    "Không tìm thấy " + fileName + ".", "Not found: " + fileName + ".", e);
        }
        return new BankFormatException("IO_ERROR",
                "Không đọc được " + fileName + ": " + e.getMessage(),
                "Cannot read " + fileName + ": " + e.getMessage(), e);
    }

    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
