package vn.dongnai.contest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.dongnai.contest.bank.format.BankFormatException;
import vn.dongnai.contest.bank.format.XlsxTables;
import vn.dongnai.contest.system.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Organizers keep the unit and commune lists: list, add, edit, import from Excel. */
@Controller("/api/admin/catalog")
@Secured({Role.ORGANIZER, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogAdminController {

    private final Catalog catalog;

    CatalogAdminController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Get("/{kind}")
    List<CatalogEntry> list(String kind, @QueryValue @Nullable String q, @QueryValue @Nullable Boolean active) {
        return catalog.all(CatalogKind.fromPath(kind), q, active);
    }

    @Post("/{kind}")
    HttpResponse<CatalogEntry> create(String kind, @Body Catalog.EntryBody body, Authentication authentication) {
        return HttpResponse.created(catalog.create(Actor.of(authentication), CatalogKind.fromPath(kind), body));
    }

    @Put("/{kind}/{id}")
    CatalogEntry update(String kind, long id, @Body Catalog.EntryBody body, Authentication authentication) {
        return catalog.update(Actor.of(authentication), CatalogKind.fromPath(kind), id, body);
    }

    /** Multipart field {@code file}: an .xlsx with a header row (Tên, Loại, Số người). */
    @Post(value = "/{kind}/import", consumes = MediaType.MULTIPART_FORM_DATA)
    Catalog.ImportSummary importFile(String kind, @Part("file") CompletedFileUpload file,
                                     @QueryValue(defaultValue = "false") boolean replace,
                                     Authentication authentication) {
        CatalogKind catalogKind = CatalogKind.fromPath(kind);
        String fileName = file.getFilename() == null || file.getFilename().isBlank() ? "upload.xlsx" : file.getFilename();
        List<XlsxTables.Row> sheet;
        try (InputStream in = file.getInputStream()) {
            sheet = XlsxTables.readFirstSheet(fileName, in);
        } catch (BankFormatException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.code(), e.messageVi(), e.messageEn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CatalogSheet.Result read = CatalogSheet.read(sheet, catalogKind);
        if (!read.errors().isEmpty()) {
            throw Catalog.invalidFile(read.errors());
        }
        return catalog.importRows(Actor.of(authentication), catalogKind, fileName, read.rows(), replace);
    }
}
