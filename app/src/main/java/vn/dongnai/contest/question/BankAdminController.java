package vn.dongnai.contest.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Question banks for organizers: browse, edit (a new version each time), retire, import, export. */
@Controller("/api/admin")
@Secured({Role.ORGANIZER, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class BankAdminController {

    private static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BankAdmin banks;
    private final QuestionEditor editor;
    private final BankImports imports;

    BankAdminController(BankAdmin banks, QuestionEditor editor, BankImports imports) {
        this.banks = banks;
        this.editor = editor;
        this.imports = imports;
    }

    @Get("/banks")
    List<BankViews.BankSummary> list() {
        return banks.list();
    }

    @Post("/banks")
    HttpResponse<BankViews.BankView> create(@Body BankViews.NewBank body, Authentication authentication) {
        return HttpResponse.created(banks.create(Actor.of(authentication), body));
    }

    /** The empty Excel template with one example row and a how-to sheet. */
    @Get("/banks/template")
    HttpResponse<byte[]> template() {
        return download(BankAdmin.template(), "mau-ngan-hang-cau-hoi.xlsx", XLSX);
    }

    @Get("/banks/{bankId}")
    BankViews.BankView bank(long bankId) {
        return banks.view(bankId);
    }

    @Get("/banks/{bankId}/questions")
    Page<BankViews.QuestionView> questions(long bankId, @QueryValue @Nullable String q, @QueryValue @Nullable String topic,
                                           @QueryValue @Nullable String difficulty, @QueryValue @Nullable String status,
                                           @QueryValue(defaultValue = "0") int page,
                                           @QueryValue(defaultValue = "50") int size) {
        return banks.questions(bankId, q, topic, difficulty, status, page, size);
    }

    @Post("/banks/{bankId}/questions")
    HttpResponse<BankViews.EditResult> createQuestion(long bankId, @Body BankViews.QuestionBody body,
                                                      Authentication authentication) {
        return HttpResponse.created(editor.create(Actor.of(authentication), bankId, body));
    }

    @Get("/banks/{bankId}/export")
    HttpResponse<byte[]> export(long bankId, @QueryValue(defaultValue = "xlsx") String format,
                                @QueryValue(defaultValue = "false") boolean includeRetired) {
        String lower = format.toLowerCase(Locale.ROOT);
        byte[] content = banks.export(bankId, lower, includeRetired);
        MediaType type = switch (lower) {
            case "xlsx" -> XLSX;
            case "csv" -> MediaType.of("text/csv; charset=utf-8");
            default -> MediaType.of("text/plain; charset=utf-8");
        };
        return download(content, "ngan-hang-" + bankId + "." + lower, type);
    }

    /** Step 1: multipart field {@code file} (.xlsx, .csv, .txt, .aiken); the preview, with a token when importable. */
    @Post(value = "/banks/{bankId}/imports", consumes = MediaType.MULTIPART_FORM_DATA)
    BankViews.Preview preview(long bankId, @Part("file") CompletedFileUpload file, Authentication authentication) {
        String fileName = file.getFilename() == null || file.getFilename().isBlank() ? "upload.xlsx" : file.getFilename();
        try {
            return imports.preview(Actor.of(authentication), bankId, fileName, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step 2: imports exactly the previewed file, all or nothing. */
    @Post("/banks/{bankId}/imports/{token}/confirm")
    BankViews.Imported confirm(long bankId, String token, Authentication authentication) {
        return imports.confirm(Actor.of(authentication), bankId, token);
    }

    @Get("/questions/{questionId}")
    BankViews.QuestionDetail question(long questionId) {
        return banks.question(questionId);
    }

    @Put("/questions/{questionId}")
    BankViews.EditResult edit(long questionId, @Body BankViews.QuestionBody body, Authentication authentication) {
        return editor.edit(Actor.of(authentication), questionId, body);
    }

    @Put("/questions/{questionId}/key")
    BankViews.EditResult fixKey(long questionId, @Body BankViews.KeyFix body, Authentication authentication) {
        return editor.fixKey(Actor.of(authentication), questionId, body);
    }

    @Post("/questions/{questionId}/retire")
    BankViews.QuestionView retire(long questionId, Authentication authentication) {
        return editor.retire(Actor.of(authentication), questionId);
    }

    @Post("/questions/{questionId}/restore")
    BankViews.QuestionView restore(long questionId, Authentication authentication) {
        return editor.restore(Actor.of(authentication), questionId);
    }

    private static HttpResponse<byte[]> download(byte[] content, String fileName, MediaType type) {
        return HttpResponse.ok(content).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
