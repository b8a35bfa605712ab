package vn.dongnai.contest.bank.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.Issue;
import vn.dongnai.contest.bank.Language;
import vn.dongnai.contest.bank.Level;
import vn.dongnai.contest.bank.format.BankFiles;
import vn.dongnai.contest.bank.format.BankFormatException;
import vn.dongnai.contest.bank.format.Format;
import vn.dongnai.contest.bank.format.ReadOptions;
import vn.dongnai.contest.bank.validation.BankMix;
import vn.dongnai.contest.bank.validation.BankStats;
import vn.dongnai.contest.bank.validation.BankValidator;
import vn.dongnai.contest.bank.validation.ValidationReport;

/**
 * {@code java -jar question-bank-cli.jar validate|stats|convert ...}. Messages are Vietnamese unless
 * {@code --lang en}; the exit code says what happened, so scripts and CI can rely on it.
 */
public final class BankTool {

    static final int OK = 0;
    static final int HAS_ERRORS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;

    private final PrintStream out;
    private final PrintStream err;

    BankTool(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Vietnamese must survive whatever the console's locale is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new BankTool(out, err).run(args));
    }

    int run(String... args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (UsageException e) {
            err.println(e.message(e.language));
            err.println();
            err.print(usage(e.language));
            return USAGE;
        }
        Language lang = arguments.language;
        try {
            return switch (arguments.command) {
                case "help" -> {
                    out.print(usage(lang));
                    yield OK;
                }
                case "validate" -> validate(arguments);
                case "stats" -> stats(arguments);
                case "convert" -> convert(arguments);
                default -> throw new IllegalStateException(arguments.command);
            };
        } catch (BankFormatException e) {
            err.println(e.message(lang));
            return UNREADABLE;
        } catch (IOException e) {
            err.println(lang == Language.VI ? "Không ghi được tệp: " + e.getMessage() : "Cannot write file: " + e.getMessage());
            return UNREADABLE;
        }
    }

    private int validate(Arguments arguments) throws IOException {
        Language lang = arguments.language;
        Bank bank = BankFiles.read(arguments.input(), ReadOptions.NONE);
        ValidationReport report = validator(arguments).validate(bank);
        report.issues().forEach(issue -> out.println(line(issue, lang)));
        if (!bank.questions().isEmpty()) {
            out.println();
            out.print(StatsTable.mix(BankMix.of(bank), lang));
        }
        out.println(lang == Language.VI
                ? "Kết quả: " + bank.questions().size() + " câu hỏi, " + report.errors().size() + " lỗi, "
                        + report.warnings().size() + " cảnh báo."
                : "Result: " + bank.questions().size() + " questions, " + report.errors().size() + " errors, "
                        + report.warnings().size() + " warnings.");
        return report.ok() ? OK : HAS_ERRORS;
    }

    private int stats(Arguments arguments) throws IOException {
        Bank bank = BankFiles.read(arguments.input(), ReadOptions.NONE);
        BankStats stats = BankStats.of(bank, validator(arguments).validate(bank));
        out.print(StatsTable.render(arguments.input().toString(), stats, arguments.language));
        return OK;
    }

    private int convert(Arguments arguments) throws IOException {
        Language lang = arguments.language;
        Path target = arguments.output();
        boolean toDirectory = Files.isDirectory(target) || arguments.outputNamesADirectory();
        Format format = toDirectory ? Format.TEXT : Format.forWriting(target.getFileName().toString());
        Bank bank = BankFiles.read(arguments.input(), new ReadOptions(arguments.topic, arguments.level));
        ValidationReport report = validator(arguments).validate(bank);
        report.issues().forEach(issue -> err.println(line(issue, lang)));
        if (!report.ok() && !arguments.force) {
            err.println(lang == Language.VI
                    ? "Không ghi " + target + " vì có " + report.errors().size() + " lỗi; sửa lỗi hoặc dùng --force."
                    : "Did not write " + target + ": " + report.errors().size() + " errors; fix them or use --force.");
            return HAS_ERRORS;
        }
        if (toDirectory) {
            BankFiles.writeDirectory(bank, target);
        } else {
            BankFiles.write(bank, target);
        }
        if (!format.keepsEverything()) {
            err.println(lang == Language.VI
                    ? "Lưu ý: định dạng Aiken không có chủ đề, mức độ, giải thích, nguồn, mã, đối tượng và loại câu hỏi; các trường này đã bị bỏ."
                    : "Note: the Aiken format has no topic, difficulty, explanation, source, id, audience or kind; those were dropped.");
        }
        out.println(lang == Language.VI
                ? "Đã ghi " + bank.questions().size() + " câu hỏi vào " + target + "."
                : "Wrote " + bank.questions().size() + " questions to " + target + ".");
        return OK;
    }

    private static BankValidator validator(Arguments arguments) throws IOException {
        if (arguments.topicsFile == null) {
            return new BankValidator();
        }
        List<String> topics = Files.readAllLines(arguments.topicsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> Normalizer.normalize(line, Normalizer.Form.NFC))
                .toList();
        return new BankValidator(topics);
    }

    private static String line(Issue issue, Language lang) {
        return String.format("%-9s %s [%s]", issue.severity().label(lang), issue.message(lang), issue.code());
    }

    static String usage(Language lang) {
        return lang == Language.VI ? """
                Cách dùng: java -jar question-bank-cli.jar <lệnh> [tuỳ chọn]

                Lệnh:
                  validate TỆP|THƯ-MỤC          kiểm tra ngân hàng, in từng lỗi kèm số dòng
                  stats TỆP|THƯ-MỤC             thống kê theo chủ đề × mức độ, tỉ lệ đáp án A–F, câu trùng
                  convert VÀO RA                chuyển định dạng theo phần mở rộng (.txt .xlsx .csv .aiken);
                                                RA là thư mục: mỗi chủ đề một tệp .txt
                  help                          in hướng dẫn này

                Tuỳ chọn:
                  --lang vi|en                  ngôn ngữ thông báo (mặc định: vi)
                  --topics TỆP                  danh sách chủ đề hợp lệ, mỗi dòng một chủ đề
                  --topic CHỦ-ĐỀ                (convert) chủ đề cho câu hỏi không có chủ đề, ví dụ từ Aiken
                  --level Dễ|Trung bình|Khó     (convert) mức độ cho câu hỏi không có mức độ
                  --force                       (convert) vẫn ghi dù có lỗi

                Một thư mục được đọc như ngân hàng đã commit: mọi tệp *.txt trong đó.
                Xuất Aiken làm mất chủ đề, mức độ, giải thích, nguồn và mã.

                Mã thoát:
                  0  thành công, không có lỗi (có thể có cảnh báo)
                  1  ngân hàng có lỗi (validate; convert không ghi)
                  2  sai cách dùng
                  3  không đọc/ghi được tệp (không tồn tại, sai định dạng, quá lớn, bị từ chối)
                """ : """
                Usage: java -jar question-bank-cli.jar <command> [options]

                Commands:
                  validate FILE|DIR             check a bank, print every issue with its line/row
                  stats FILE|DIR                counts per topic x difficulty, correct-letter spread A–F, duplicates
                  convert IN OUT                convert by extension (.txt .xlsx .csv .aiken);
                                                OUT a directory: one .txt file per topic
                  help                          print this help

                Options:
                  --lang vi|en                  message language (default: vi)
                  --topics FILE                 allowed topics, one per line
                  --topic TOPIC                 (convert) topic for questions without one, e.g. from Aiken
                  --level LEVEL                 (convert) difficulty for questions without one (Dễ|Trung bình|Khó, easy|medium|hard)
                  --force                       (convert) write even when the bank has errors

                A directory is read as the committed bank: every *.txt file in it.
                Exporting to Aiken loses topic, difficulty, explanation, source, id, audience and kind.

                Exit codes:
                  0  success, no errors (warnings allowed)
                  1  the bank has errors (validate; convert did not write)
                  2  wrong usage
                  3  a file could not be read or written (missing, malformed, too large, refused)
                """;
    }

    /** The parsed command line. */
    private static final class Arguments {
        private String command;
        private Language language = Language.VI;
        private final List<String> positional = new ArrayList<>();
        private String topic;
        private Level level;
        private Path topicsFile;
        private boolean force;

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--lang") && i + 1 < args.length && Language.parse(args[i + 1]) != null) {
                    parsed.language = Language.parse(args[i + 1]);
                }
            }
            Language lang = parsed.language;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--lang" -> {
                        String code = value(args, ++i, arg, lang);
                        if (Language.parse(code) == null) {
                            throw new UsageException(lang, "--lang chỉ nhận vi hoặc en.", "--lang takes vi or en.");
                        }
                    }
                    case "--topic" -> parsed.topic = Normalizer.normalize(
                            value(args, ++i, arg, lang).strip(), Normalizer.Form.NFC);
                    case "--level" -> {
                        String text = value(args, ++i, arg, lang);
                        parsed.level = Level.parse(text).orElseThrow(() -> new UsageException(lang,
                                "mức độ '" + text + "' không hợp lệ; dùng Dễ, Trung bình hoặc Khó.",
                                "difficulty '" + text + "' is unknown; use easy, medium or hard."));
                    }
                    case "--topics" -> parsed.topicsFile = Path.of(value(args, ++i, arg, lang));
                    case "--force" -> parsed.force = true;
                    case "-h", "--help" -> parsed.command = "help";
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new UsageException(lang, "Không có tuỳ chọn " + arg + ".", "Unknown option " + arg + ".");
                        }
                        parsed.positional.add(arg);
                    }
                }
            }
            if ("help".equals(parsed.command)) {
                return parsed;
            }
            if (parsed.positional.isEmpty()) {
                throw new UsageException(lang, "Thiếu lệnh.", "No command given.");
            }
            parsed.command = parsed.positional.removeFirst().toLowerCase(Locale.ROOT);
            int expected = switch (parsed.command) {
                case "validate", "stats" -> 1;
                case "convert" -> 2;
                case "help" -> 0;
                default -> throw new UsageException(lang,
                        "Không có lệnh '" + parsed.command + "'.", "Unknown command '" + parsed.command + "'.");
            };
            if (parsed.positional.size() != expected) {
                throw new UsageException(lang,
                        "Lệnh " + parsed.command + " cần " + expected + " đường dẫn.",
                        "Command " + parsed.command + " takes " + expected + " path(s).");
            }
            return parsed;
        }

        private static String value(String[] args, int index, String option, Language lang) {
            if (index >= args.length) {
                throw new UsageException(lang, option + " cần một giá trị.", option + " needs a value.");
            }
            return args[index];
        }

        Path input() {
            return Path.of(positional.get(0));
        }

        Path output() {
            return Path.of(positional.get(1));
        }

        /** Path.of drops a trailing separator, so it is read from the argument as typed. */
        boolean outputNamesADirectory() {
            String typed = positional.get(1);
            return typed.endsWith("/") || typed.endsWith(java.io.File.separator);
        }
    }

    /** A wrong command line; carries the language it was detected in so the message matches. */
    private static final class UsageException extends RuntimeException {
        private final Language language;
        private final String vi;
        private final String en;

        UsageException(Language language, String vi, String en) {
            super(en);
            this.language = language;
            this.vi = vi;
            this.en = en;
        }

        String message(Language lang) {
            return lang == Language.VI ? vi : en;
        }
    }
}
