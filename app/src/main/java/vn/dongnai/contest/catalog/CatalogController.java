package vn.dongnai.contest.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** The registration form's pickers: active units and communes, name and kind only. */
@Controller("/api/catalog")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Get("/units")
    List<Catalog.Choice> units() {
        return catalog.active(CatalogKind.UNITS);
    }

    @Get("/communes")
    List<Catalog.Choice> communes() {
        return catalog.active(CatalogKind.COMMUNES);
    }
}
