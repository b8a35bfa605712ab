/**
 * Generated from app's OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit:
 * change the Java API, compile app, and run it again. The build fails while this file is out of date.
 */

export interface paths {
    "/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * /admin and /admin/ alike: the console's assets are addressed from the root, so both work.
         * @description /admin and /admin/ alike: the console's assets are addressed from the root, so both work.
         */
        get: operations["file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered log as .
         * @description The filtered log as .xlsx, newest first, streamed; the export itself is audited before its first byte.
         */
        get: operations["export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list"];
        put?: never;
        post: operations["create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The empty Excel template with one example row and a how-to sheet.
         * @description The empty Excel template with one example row and a how-to sheet.
         */
        get: operations["template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks/{bankId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["bank"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks/{bankId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks/{bankId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 1: multipart field `file` (.
         * @description Step 1: multipart field `file` (.xlsx, .csv, .txt, .aiken); the preview, with a token when importable.
         */
        post: operations["preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks/{bankId}/imports/{token}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 2: imports exactly the previewed file, all or nothing.
         * @description Step 2: imports exactly the previewed file, all or nothing.
         */
        post: operations["confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/banks/{bankId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["questions"];
        put?: never;
        post: operations["createQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_1"];
        put?: never;
        post: operations["create_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/{kind}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Multipart field `file`: an .
         * @description Multipart field `file`: an .xlsx with a header row (Tên, Loại, Số người).
         */
        post: operations["importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalog/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contestants/{accountId}/identity-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_2"];
        put?: never;
        post: operations["create_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/award-exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exclusions"];
        put?: never;
        post: operations["exclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/award-exclusions/{exclusionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeExclusion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["reviewContest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/awards/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["draftContest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/awards/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publishContest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/awards/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signContest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/awards/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unlockContest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/certificate-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["template_1"];
        put: operations["save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/certificate-template/images/{image}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["image"];
        put?: never;
        /**
         * Multipart field `file`: a PNG or JPEG of at most 1 MB (413 above, 422 when it does not decode).
         * @description Multipart field `file`: a PNG or JPEG of at most 1 MB (413 above, 422 when it does not decode).
         */
        post: operations["upload"];
        delete: operations["removeImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/certificate-template/preview.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The saved layout on sample data ("Nguyễn Văn An"), as the PDF the committee will print.
         * @description The saved layout on sample data ("Nguyễn Văn An"), as the PDF the committee will print.
         */
        get: operations["previewPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/certificate-template/preview.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same page as an image, for the console to show (its policy lets it show images, not frame documents).
         * @description The same page as an image, for the console to show (its policy lets it show images, not frame documents).
         */
        get: operations["previewPng"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/certificates.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole contest's individual prizes and its units' collective prizes.
         * @description The whole contest's individual prizes and its units' collective prizes.
         */
        get: operations["contestZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/exports/collective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["collective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/exports/winners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestWinners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/prize-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestRules"];
        put: operations["setContestRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{contestId}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["one_1"];
        put: operations["update_1"];
        post?: never;
        /**
         * Only a draft nobody ever took (409 CONTEST_NOT_DELETABLE otherwise).
         * @description Only a draft nobody ever took (409 CONTEST_NOT_DELETABLE otherwise).
         */
        delete: operations["delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new draft with the same settings, rounds and prize rules; entries are never copied.
         * @description A new draft with the same settings, rounds and prize rules; entries are never copied.
         */
        post: operations["duplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{id}/organizing-unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["setUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/contests/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/identity-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The support desk reads the queue too: the claimant calls it first; deciding stays with the committee.
         * @description The support desk reads the queue too: the claimant calls it first; deciding stays with the committee.
         */
        get: operations["list_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/identity-claims/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/identity-claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/identity-claims/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/leaderboards/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The rebuild command: every board recomputed from MySQL.
         * @description The rebuild command: every board recomputed from MySQL.
         */
        post: operations["rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/me/password-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organizing-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["question"];
        put: operations["edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questions/{questionId}/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["fixKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questions/{questionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/questions/{questionId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["round"];
        put: operations["updateRound"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["duplicateRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publishRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unpublishRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["reviewRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/awards/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["draftRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/awards/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publishRound_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/awards/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/awards/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unlockRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/certificates.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * `?kind=PRIZE` (default: the decision's winners) or `PARTICIPATION` (everyone ranked).
         * @description `?kind=PRIZE` (default: the decision's winners) or `PARTICIPATION` (everyone ranked).
         */
        get: operations["roundZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/exports/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/exports/winners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundWinners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["preview_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/prize-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundRules"];
        put: operations["setRoundRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/question-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["questions_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the frozen ranking; each entry says which link of the chain put it above the next.
         * @description A page of the frozen ranking; each entry says which link of the chain put it above the next.
         */
        get: operations["ranking_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/regrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["regrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/review/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One decision and one reason for many entries, all or none.
         * @description One decision and one reason for many entries, all or none.
         */
        post: operations["decideMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rounds/{roundId}/review/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_4"];
        put?: never;
        post: operations["create_3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["of"];
        put?: never;
        post: operations["add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["roles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["search_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants/{accountId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["disable_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants/{accountId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["enable_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants/{accountId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants/{accountId}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["correct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/contestants/{accountId}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unmask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * `?ids=1,2,3`: masked names for any staff screen that knows contestants only by id.
         * @description `?ids=1,2,3`: masked names for any staff screen that knows contestants only by id.
         */
        get: operations["names"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/support/participants/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * `?format=xlsx|csv&contestId=` (only people who took part in it); `&unmasked=true&reason=...`.
         * @description `?format=xlsx|csv&contestId=` (only people who took part in it); `&unmasked=true&reason=...`.
         */
        get: operations["export_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/altcha/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["challenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["answer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem đáp án: the attempt with the key and explanations, once its round is closed (409 before).
         * @description Xem đáp án: the attempt with the key and explanations, once its round is closed (409 before).
         */
        get: operations["review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{attemptId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["communes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["units_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consent text (Markdown, Vietnamese and English) and its version, which the form must send back, so nobody agrees to a text other than the one they were shown.
         * @description The consent text (Markdown, Vietnamese and English) and its version, which the form must send back, so nobody agrees to a text other than the one they were shown.
         */
        get: operations["consent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/leaderboard/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kết quả cuộc thi: anyone may read it; computed at most once a minute per node.
         * @description Kết quả cuộc thi: anyone may read it; computed at most once a minute per node.
         */
        get: operations["results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["contestUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/winners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Masked name ("Nguyễn V.
         * @description Masked name ("Nguyễn V. A."), unit and commune: nothing else about a person.
         */
        get: operations["winners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["one_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["file_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends every session of the caller: access tokens within seconds on every node, refresh tokens at once.
         * @description Ends every session of the caller: access tokens within seconds on every node, refresh tokens at once.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I: enough for a page header, nothing more personal than the person already knows.
         * @description Who am I: enough for a page header, nothing more personal than the person already knows.
         */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_1"];
        put: operations["correct_1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own attempts, newest first: round, status, score, duration, submission time.
         * @description The caller's own attempts, newest first: round, status, score, duration, submission time.
         */
        get: operations["mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mine_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My own certificate; another person's, a revoked one or an unpublished prize answer 404 alike.
         * @description My own certificate; another person's, a revoked one or an unpublished prize answer 404 alike.
         */
        get: operations["download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["deletion"];
        put?: never;
        post: operations["requestDeletion"];
        delete: operations["cancelDeletion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notices/{noticeId}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A notice has been read: it is not shown again.
         * @description A notice has been read: it is not shown again.
         */
        post: operations["seen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every session ends, this one included; the answer carries a new session's tokens, so the person carries on (and a password the support desk read out stops working everywhere).
         * @description Every session ends, this one included; the answer carries a new session's tokens, so the person carries on (and a password the support desk read out stops working everywhere).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["myResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["confirm_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/leaderboard/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["roundUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["verify_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The address printed in the QR code: the contest page's own verification screen (a hash route).
         * @description The address printed in the QR code: the contest page's own verification screen (a hash route).
         */
        get: operations["open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessRefreshToken: {
            access_token: string;
            refresh_token?: string | null;
            token_type: string;
            /** Format: int32 */
            expires_in?: number | null;
        };
        "AccountErasure.DeletionBody": {
            password?: string | null;
        };
        /** @description Where a request stands; `waitingFor`: the rounds and contests whose awards are not final yet. */
        "AccountErasure.DeletionStatus": {
            status: string;
            statusLabel: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            completedAt?: string | null;
            waitingFor: string[];
            message: string;
        };
        "AccountNotices.Notice": {
            /** Format: int64 */
            id: number;
            kind: string;
            message: string;
            messageEn: string;
            /** Format: date-time */
            createdAt: string;
        };
        "AdminViews.Branding": {
            color?: string | null;
            logoUrl?: string | null;
        };
        /** @description `supportHotline`, `supportHours`: how contestants reach the support desk (đường dây nóng, giờ làm việc), shown on the contest page; `avoidRepeatsAcrossRounds`: a contestant's draw also avoids what they were shown in the contest's earlier rounds. Left out of an update (null), these stay as they are. */
        "AdminViews.ContestBody": {
            slug?: string | null;
            name?: string | null;
            description?: string | null;
            organizer?: string | null;
            rulesMd?: string | null;
            /** Format: int64 */
            bankId?: number | null;
            eligibility?: components["schemas"]["AdminViews.Eligibility"] | null;
            prizeMd?: string | null;
            branding?: components["schemas"]["AdminViews.Branding"] | null;
            overallBoard?: boolean | null;
            supportHotline?: string | null;
            supportHours?: string | null;
            avoidRepeatsAcrossRounds?: boolean | null;
        };
        "AdminViews.ContestSummary": {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            status: string;
            /** Format: int64 */
            bankId: number;
            /** Format: int32 */
            rounds: number;
            /** Format: date-time */
            updatedAt: string;
            organizingUnit?: string | null;
        };
        "AdminViews.ContestView": {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            description?: string | null;
            organizer: string;
            rulesMd?: string | null;
            /** Format: int64 */
            bankId: number;
            bankName: string;
            status: string;
            eligibility: components["schemas"]["AdminViews.Eligibility"];
            prizeMd?: string | null;
            branding: components["schemas"]["AdminViews.Branding"];
            overallBoard: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            rounds: components["schemas"]["AdminViews.RoundView"][];
            supportHotline?: string | null;
            supportHours?: string | null;
            avoidRepeatsAcrossRounds: boolean;
            organizingUnit?: string | null;
        };
        "AdminViews.DrawRuleBody": {
            /** Format: int64 */
            topicId?: number | null;
            difficulty?: string | null;
            /** Format: int32 */
            count?: number | null;
            /** @description ALL, OFFICIALS or RESIDENTS; absent: the round's audience */
            audience?: string | null;
        };
        "AdminViews.DrawRuleView": {
            /** Format: int64 */
            topicId?: number | null;
            topic?: string | null;
            difficulty?: string | null;
            /** Format: int32 */
            count: number;
            audience?: string | null;
        };
        /** @description Điều kiện dự thi: minimum age, only people living/working/studying in the province, which groups. */
        "AdminViews.Eligibility": {
            /** Format: int32 */
            minAge?: number | null;
            localOnly?: boolean | null;
            groups?: string[] | null;
        };
        /** @description Câu hỏi dự đoán: NONE, PARTICIPANTS (how many take part) or ALL_CORRECT (how many get everything right). */
        "AdminViews.Prediction": {
            kind?: string | null;
            prompt?: string | null;
        };
        "AdminViews.RoundBody": {
            name?: string | null;
            /** Format: date-time */
            opensAt?: string | null;
            /** Format: date-time */
            closesAt?: string | null;
            /** Format: int32 */
            questionCount?: number | null;
            drawRules?: components["schemas"]["AdminViews.DrawRuleBody"][] | null;
            /** Format: int32 */
            timeLimitSeconds?: number | null;
            /** Format: int32 */
            attemptsAllowed?: number | null;
            countingRule?: string | null;
            /** Format: int32 */
            pointsPerQuestion?: number | null;
            /** Format: int32 */
            graceSeconds?: number | null;
            prediction?: components["schemas"]["AdminViews.Prediction"] | null;
            leaderboardVisible?: boolean | null;
            audience?: string | null;
        };
        "AdminViews.RoundView": {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            contestId: number;
            /** Format: int32 */
            seq: number;
            name: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: int32 */
            questionCount: number;
            drawRules: components["schemas"]["AdminViews.DrawRuleView"][];
            /** Format: int32 */
            timeLimitSeconds: number;
            /** Format: int32 */
            attemptsAllowed: number;
            countingRule: string;
            /** Format: int32 */
            pointsPerQuestion: number;
            /** Format: int32 */
            graceSeconds: number;
            prediction: components["schemas"]["AdminViews.Prediction"];
            leaderboardVisible: boolean;
            status: string;
            /** Format: int64 */
            attempts: number;
            /** @description the round has opened (or has attempts, or is closed): settings that bear on fairness can no longer change */
            locked: boolean;
            /** @description who the round is for (ALL, OFFICIALS, RESIDENTS): it draws only questions for that audience and for everyone */
            audience: string;
        };
        "AttemptViews.AnswerBody": {
            /** Format: int32 */
            optionId?: number | null;
        };
        /** @description `GET /api/attempts/{id}`: the started view plus saved answers, time left and, once closed, the result. */
        "AttemptViews.Current": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int64 */
            roundId: number;
            status: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            deadlineAt: string;
            /** Format: date-time */
            serverTime: string;
            /** Format: int64 */
            remainingSeconds: number;
            questions: components["schemas"]["AttemptViews.QuestionView"][];
            prediction?: components["schemas"]["AttemptViews.PredictionView"] | null;
            answers: components["schemas"]["AttemptViews.SavedAnswer"][];
            /** Format: int64 */
            predictionValue?: number | null;
            result?: components["schemas"]["AttemptViews.Result"] | null;
        };
        /** @description `GET /api/me/attempts`: one of the caller's own attempts (lịch sử thi). Score, counts, duration and submission time are null while the attempt is open. `answersAvailable`: the round is closed, so the review (xem đáp án) answers; until then `answersAvailableFrom` is the earliest it can be (the round's close plus its grace, when the committee may close it). */
        "AttemptViews.Mine": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int64 */
            roundId: number;
            roundName: string;
            /** Format: int64 */
            contestId: number;
            contestName: string;
            /** Format: int32 */
            attemptNo: number;
            status: string;
            /** Format: int32 */
            score?: number | null;
            /** Format: int32 */
            correctCount?: number | null;
            /** Format: int32 */
            questionCount: number;
            /** Format: int64 */
            durationMs?: number | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            deadlineAt: string;
            /** Format: date-time */
            submittedAt?: string | null;
            answersAvailable: boolean;
            /** Format: date-time */
            answersAvailableFrom: string;
        };
        "AttemptViews.OptionView": {
            /** Format: int32 */
            id: number;
            text: string;
        };
        "AttemptViews.PredictionView": {
            prompt: string;
        };
        "AttemptViews.QuestionView": {
            /** Format: int64 */
            id: number;
            text: string;
            options: components["schemas"]["AttemptViews.OptionView"][];
        };
        /** @description `POST /api/attempts/{id}/submit`: the same body on every retry. */
        "AttemptViews.Result": {
            /** Format: int32 */
            score: number;
            /** Format: int32 */
            correctCount: number;
            /** Format: int32 */
            questionCount: number;
            /** Format: int64 */
            durationMs: number;
            /** Format: date-time */
            submittedAt: string;
        };
        /** @description `GET /api/attempts/{id}/review` (xem đáp án): only once the round is closed. */
        "AttemptViews.Review": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int64 */
            roundId: number;
            roundName: string;
            contestName: string;
            /** Format: int32 */
            attemptNo: number;
            status: string;
            result: components["schemas"]["AttemptViews.Result"];
            questions: components["schemas"]["AttemptViews.ReviewQuestion"][];
        };
        /** @description One question of a closed round's attempt as the person was shown it (same wording, same option order). Option ids are display places, as in the attempt. `correctOptionId` is the key as it is now; `keyFixed` says it was corrected after the attempt (sửa đáp án), and `correct` is how the answer counts in the score now (after any regrade). */
        "AttemptViews.ReviewQuestion": {
            /** Format: int32 */
            number: number;
            /** Format: int64 */
            id: number;
            text: string;
            options: components["schemas"]["AttemptViews.OptionView"][];
            /** Format: int32 */
            chosenOptionId?: number | null;
            /** Format: int32 */
            correctOptionId?: number | null;
            correct: boolean;
            keyFixed: boolean;
            explanation?: string | null;
            source?: string | null;
        };
        "AttemptViews.SavedAnswer": {
            /** Format: int64 */
            questionId: number;
            /** Format: int32 */
            optionId: number;
        };
        /** @description `POST /api/rounds/{id}/attempts`. */
        "AttemptViews.Started": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int64 */
            roundId: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            deadlineAt: string;
            /** Format: date-time */
            serverTime: string;
            questions: components["schemas"]["AttemptViews.QuestionView"][];
            prediction?: components["schemas"]["AttemptViews.PredictionView"] | null;
        };
        "AttemptViews.SubmitBody": {
            answers?: components["schemas"]["AttemptViews.SavedAnswer"][] | null;
            /** Format: int64 */
            prediction?: number | null;
        };
        /** @description One changed field: its path ("prediction.kind"), its label ("Câu hỏi dự đoán › Loại") and both values as text. */
        "AuditDiff.Change": {
            field: string;
            label: string;
            before?: string | null;
            after?: string | null;
        };
        "AuditSearch.Entry": {
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            actorId?: number | null;
            actorName?: string | null;
            action: string;
            entity: string;
            entityId?: string | null;
            before?: Record<string, never> | null;
            after?: Record<string, never> | null;
            changes: components["schemas"]["AuditDiff.Change"][];
        };
        "AwardViews.CollectiveBody": {
            rateWeight?: number | null;
            pointsWeight?: number | null;
            /** Format: int32 */
            minParticipants?: number | null;
            tiers?: components["schemas"]["AwardViews.TierBody"][] | null;
        };
        "AwardViews.CollectiveView": {
            rateWeight: number;
            pointsWeight: number;
            /** Format: int32 */
            minParticipants: number;
            tiers: components["schemas"]["AwardViews.TierView"][];
            formula: string;
        };
        "AwardViews.ContestRulesBody": {
            onePrizePerPerson?: boolean | null;
            tiers?: components["schemas"]["AwardViews.TierBody"][] | null;
            eligibility?: components["schemas"]["AwardViews.EligibilityBody"] | null;
            collective?: components["schemas"]["AwardViews.CollectiveBody"] | null;
        };
        "AwardViews.ContestRulesView": {
            /** Format: int64 */
            contestId: number;
            onePrizePerPerson: boolean;
            tiers: components["schemas"]["AwardViews.TierView"][];
            eligibility: components["schemas"]["AwardViews.EligibilityView"];
            collective: components["schemas"]["AwardViews.CollectiveView"];
            /** Format: int32 */
            excludedPeople: number;
            locked: boolean;
        };
        /** @description What the committee reviews: every winner with the figures and the people passed over to reach them. */
        "AwardViews.DecisionView": {
            scope: string;
            /** Format: int64 */
            contestId: number;
            /** Format: int64 */
            roundId?: number | null;
            label: string;
            status: string;
            /** Format: int32 */
            version: number;
            rankingHash: string;
            currentRankingHash?: string | null;
            rankingChanged: boolean;
            /** Format: date-time */
            draftedAt: string;
            draftedBy?: string | null;
            /** Format: date-time */
            signedAt?: string | null;
            signedBy?: string | null;
            signedHash?: string | null;
            /** Format: date-time */
            publishedAt?: string | null;
            winners: components["schemas"]["AwardViews.WinnerView"][];
            unfilled: components["schemas"]["AwardViews.UnfilledView"][];
            collective: components["schemas"]["AwardViews.UnitView"][];
        };
        "AwardViews.EligibilityBody": {
            /** Format: int32 */
            minScore?: number | null;
            allCorrectOnly?: boolean | null;
            groups?: string[] | null;
        };
        "AwardViews.EligibilityView": {
            /** Format: int32 */
            minScore?: number | null;
            allCorrectOnly: boolean;
            groups: string[];
        };
        "AwardViews.ExclusionBody": {
            citizenIds?: string[] | null;
            note?: string | null;
        };
        /** @description An excluded person as staff see it: no citizen ID, not even masked --- only the note. */
        "AwardViews.ExclusionView": {
            /** Format: int64 */
            id: number;
            note?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        "AwardViews.ExclusionsAdded": {
            /** Format: int32 */
            added: number;
            /** Format: int32 */
            alreadyListed: number;
        };
        /** @description Who checked the winner's papers, how and when (null: not yet; signing waits for it). */
        "AwardViews.IdentityVerifiedView": {
            method: string;
            note?: string | null;
            verifiedByName: string;
            /** Format: date-time */
            verifiedAt: string;
        };
        "AwardViews.MyContestPrize": {
            /** Format: int64 */
            contestId: number;
            contestName: string;
            tier: string;
            /** Format: int64 */
            amountVnd: number;
        };
        "AwardViews.MyPrize": {
            tier: string;
            /** Format: int64 */
            amountVnd: number;
        };
        "AwardViews.MyResults": {
            rounds: components["schemas"]["AwardViews.MyRound"][];
            contestPrizes: components["schemas"]["AwardViews.MyContestPrize"][];
        };
        "AwardViews.MyRound": {
            /** Format: int64 */
            contestId: number;
            contestName: string;
            /** Format: int64 */
            roundId: number;
            roundName: string;
            phase: string;
            /** Format: int32 */
            score?: number | null;
            /** Format: int32 */
            correctCount?: number | null;
            /** Format: int32 */
            questionCount?: number | null;
            /** Format: int64 */
            durationMs?: number | null;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: int32 */
            rank?: number | null;
            /** Format: int32 */
            rankedOf?: number | null;
            prize?: components["schemas"]["AwardViews.MyPrize"] | null;
        };
        "AwardViews.PassedOverView": {
            /** Format: int32 */
            rank: number;
            /** Format: int64 */
            accountId: number;
            displayName: string;
            reason: string;
            explanation: string;
            explanationEn: string;
        };
        /** @description An undecided review flag of a winner (chờ rà soát): the round and the kind, with its Vietnamese name. */
        "AwardViews.PendingFlagView": {
            round: string;
            kind: string;
            label: string;
        };
        "AwardViews.PublicSection": {
            scope: string;
            /** Format: int64 */
            roundId?: number | null;
            label: string;
            /** Format: date-time */
            publishedAt: string;
            rankingHash: string;
            winners: components["schemas"]["AwardViews.PublicWinner"][];
            collective: components["schemas"]["AwardViews.PublicUnit"][];
        };
        "AwardViews.PublicUnit": {
            tier: string;
            /** Format: int64 */
            amountVnd: number;
            unit: string;
            /** Format: int32 */
            participants: number;
            participationPercent?: number | null;
            /** Format: int32 */
            points: number;
        };
        "AwardViews.PublicWinner": {
            tier: string;
            /** Format: int64 */
            amountVnd: number;
            /** Format: int32 */
            rank: number;
            displayName: string;
            unit?: string | null;
            commune: string;
            /** Format: int32 */
            score: number;
        };
        "AwardViews.PublicWinners": {
            /** Format: int64 */
            contestId: number;
            contestName: string;
            sections: components["schemas"]["AwardViews.PublicSection"][];
        };
        "AwardViews.ReasonBody": {
            reason?: string | null;
        };
        "AwardViews.RoundRulesBody": {
            tiers?: components["schemas"]["AwardViews.TierBody"][] | null;
            eligibility?: components["schemas"]["AwardViews.EligibilityBody"] | null;
        };
        "AwardViews.RoundRulesView": {
            /** Format: int64 */
            roundId: number;
            tiers: components["schemas"]["AwardViews.TierView"][];
            eligibility: components["schemas"]["AwardViews.EligibilityView"];
            locked: boolean;
        };
        "AwardViews.SignBody": {
            /** Format: int32 */
            version?: number | null;
            flagOverrideReason?: string | null;
        };
        "AwardViews.TierBody": {
            name?: string | null;
            /** Format: int32 */
            count?: number | null;
            /** Format: int64 */
            amountVnd?: number | null;
            /** Format: int32 */
            collectivePoints?: number | null;
        };
        "AwardViews.TierView": {
            /** Format: int32 */
            position: number;
            name: string;
            /** Format: int32 */
            count: number;
            /** Format: int64 */
            amountVnd: number;
            /** Format: int32 */
            collectivePoints: number;
        };
        "AwardViews.UnfilledView": {
            /** Format: int32 */
            tierPosition: number;
            tier: string;
            /** Format: int32 */
            count: number;
        };
        "AwardViews.UnitView": {
            unit: string;
            /** Format: int32 */
            participants: number;
            /** Format: int32 */
            headcount?: number | null;
            participationPercent?: number | null;
            /** Format: int32 */
            points: number;
            index?: number | null;
            tier?: string | null;
            /** Format: int64 */
            amountVnd?: number | null;
            notRanked?: string | null;
        };
        "AwardViews.WinnerView": {
            tier: string;
            /** Format: int32 */
            tierPosition: number;
            /** Format: int64 */
            amountVnd: number;
            /** Format: int32 */
            rank: number;
            /** Format: int64 */
            accountId: number;
            fullName: string;
            displayName: string;
            unit?: string | null;
            commune: string;
            /** Format: int32 */
            score: number;
            /** Format: int32 */
            correctCount: number;
            /** Format: int32 */
            questionCount: number;
            /** Format: int64 */
            prediction?: number | null;
            /** Format: int64 */
            predictionError?: number | null;
            /** Format: int64 */
            durationMs: number;
            /** Format: date-time */
            submittedAt: string;
            decidedBy: string;
            /** Format: int32 */
            movedUp: number;
            /** Format: int32 */
            passedOverCount: number;
            passedOver: components["schemas"]["AwardViews.PassedOverView"][];
            pendingFlags: components["schemas"]["AwardViews.PendingFlagView"][];
            identityVerified?: components["schemas"]["AwardViews.IdentityVerifiedView"] | null;
        };
        "BankViews.BankSummary": {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: int32 */
            activeQuestions: number;
            /** Format: int32 */
            retiredQuestions: number;
            /** Format: int32 */
            topics: number;
        };
        "BankViews.BankView": {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: date-time */
            createdAt: string;
            topics: components["schemas"]["BankViews.TopicView"][];
            /** @description rounds drawing from this bank right now: its questions are locked */
            liveRounds: number[];
        };
        "BankViews.EditResult": {
            /** @description CREATED, NEW_VERSION or UNCHANGED */
            outcome: string;
            question: components["schemas"]["BankViews.QuestionView"];
            warnings: components["schemas"]["BankViews.IssueView"][];
        };
        "BankViews.ImportChange": {
            /** Format: int32 */
            row: number;
            code: string;
            /** @description NEW, CHANGED, UNCHANGED or INVALID (a row with an error: it is not imported) */
            change: string;
        };
        "BankViews.Imported": {
            fileName: string;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            newVersions: number;
            /** Format: int32 */
            unchanged: number;
        };
        /** @description A validation finding; `row` is the file's row or line (0 when it concerns the whole file). */
        "BankViews.IssueView": {
            /** Format: int32 */
            row: number;
            severity: string;
            code: string;
            message: string;
            messageEn: string;
        };
        /** @description Sửa đáp án: only the key changes, with the reason, even while the question is in use. */
        "BankViews.KeyFix": {
            /** Format: int32 */
            correctIndex?: number | null;
            reason?: string | null;
        };
        "BankViews.NewBank": {
            name?: string | null;
        };
        /** @description An upload checked and compared with the bank. `token` is present only when the file has no errors; confirming it imports exactly this file, until `expiresAt`. */
        "BankViews.Preview": {
            token?: string | null;
            /** Format: date-time */
            expiresAt?: string | null;
            fileName: string;
            /** Format: int32 */
            questions: number;
            /** Format: int32 */
            newQuestions: number;
            /** Format: int32 */
            changedQuestions: number;
            /** Format: int32 */
            unchangedQuestions: number;
            /** Format: int32 */
            invalidQuestions: number;
            errors: components["schemas"]["BankViews.IssueView"][];
            warnings: components["schemas"]["BankViews.IssueView"][];
            changes: components["schemas"]["BankViews.ImportChange"][];
        };
        /** @description A question as typed in the console; `correctIndex` is 0-based (0 = A). `audience` (ALL, OFFICIALS, RESIDENTS) and `kind` keep the current value when absent (ALL and none for a new question); an empty `kind` clears it. */
        "BankViews.QuestionBody": {
            code?: string | null;
            topic?: string | null;
            difficulty?: string | null;
            text?: string | null;
            options?: string[] | null;
            /** Format: int32 */
            correctIndex?: number | null;
            explanation?: string | null;
            source?: string | null;
            audience?: string | null;
            kind?: string | null;
        };
        "BankViews.QuestionDetail": {
            question: components["schemas"]["BankViews.QuestionView"];
            versions: components["schemas"]["BankViews.VersionEntry"][];
        };
        "BankViews.QuestionView": {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            bankId: number;
            code: string;
            topic: string;
            difficulty: string;
            status: string;
            /** Format: int32 */
            version: number;
            /** Format: int64 */
            versionId: number;
            text: string;
            options: string[];
            /** Format: int32 */
            correctIndex: number;
            explanation?: string | null;
            source?: string | null;
            /** @description live rounds using the question: while any, only wording and the explicit key fix are allowed */
            lockedBy: number[];
            audience: string;
            kind?: string | null;
        };
        "BankViews.TopicView": {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: int32 */
            easy: number;
            /** Format: int32 */
            medium: number;
            /** Format: int32 */
            hard: number;
        };
        "BankViews.VersionEntry": {
            /** Format: int32 */
            version: number;
            /** Format: int64 */
            versionId: number;
            text: string;
            options: string[];
            /** Format: int32 */
            correctIndex: number;
            explanation?: string | null;
            source?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: int64 */
            createdBy?: number | null;
        };
        /** @description What the page (or the ALTCHA widget) solves. */
        "BotCheck.Challenge": {
            algorithm: string;
            challenge: string;
            /** Format: int64 */
            maxnumber: number;
            salt: string;
            signature: string;
        };
        "BulkReview.BulkBody": {
            accountIds?: number[] | null;
            decision?: string | null;
            reason?: string | null;
        };
        "BulkReview.BulkDecided": {
            /** Format: int64 */
            roundId: number;
            /** Format: int32 */
            decided: number;
            decisions: components["schemas"]["ReviewDecisions.Decided"][];
        };
        /** @description What the registration pickers show. */
        "Catalog.Choice": {
            name: string;
            kind?: string | null;
        };
        "Catalog.EntryBody": {
            name?: string | null;
            kind?: string | null;
            /** Format: int32 */
            headcount?: number | null;
            active?: boolean | null;
        };
        "Catalog.ImportSummary": {
            /** Format: int32 */
            rows: number;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
            /** Format: int32 */
            deactivated: number;
        };
        /** @description One unit or commune as organizers manage it; `headcount` is what collective prizes divide by. */
        CatalogEntry: {
            /** Format: int64 */
            id: number;
            name: string;
            kind?: string | null;
            /** Format: int32 */
            headcount?: number | null;
            active: boolean;
        };
        /**
         * @description What a certificate attests; each has a Vietnamese label (`certificateKind` in vi.json).
         * @enum {string}
         */
        CertificateKind: "PRIZE" | "COLLECTIVE" | "PARTICIPATION";
        /** @description One certificate the committee can download: the full name (the committee's copy), never a citizen ID. */
        "CertificateViews.Item": {
            code: string;
            kind: components["schemas"]["CertificateKind"];
            kindLabel: string;
            holder: string;
            unit?: string | null;
            prize: string;
            /** Format: int64 */
            accountId?: number | null;
        };
        /** @description One of my certificates. */
        "CertificateViews.MyCertificate": {
            code: string;
            kind: components["schemas"]["CertificateKind"];
            kindLabel: string;
            /** Format: int64 */
            contestId: number;
            contestName: string;
            /** Format: int64 */
            roundId?: number | null;
            roundName: string;
            prize: string;
            /** Format: date */
            issuedOn: string;
        };
        /** @description A scope's certificates: the winners' (and units') of its signed decision; participants counted only. */
        "CertificateViews.ScopeCertificates": {
            scope: string;
            label: string;
            decisionStatus: string;
            decisionStatusLabel: string;
            items: components["schemas"]["CertificateViews.Item"][];
            participationEnabled: boolean;
            /** Format: int32 */
            participants: number;
        };
        "CertificateViews.TemplateBody": {
            issuer?: string[] | null;
            title?: string | null;
            body?: string[] | null;
            place?: string | null;
            signerTitle?: string | null;
            signerName?: string | null;
            primaryColor?: string | null;
            accentColor?: string | null;
            participationEnabled?: boolean | null;
        };
        /** @description The layout as the console edits it; the images only as present or not (they are fetched as files). */
        "CertificateViews.TemplateView": {
            /** Format: int64 */
            contestId: number;
            issuer: string[];
            title: string;
            body: string[];
            place: string;
            signerTitle: string;
            signerName: string;
            primaryColor: string;
            accentColor: string;
            participationEnabled: boolean;
            hasLogo: boolean;
            hasSignature: boolean;
            saved: boolean;
            /** Format: date-time */
            updatedAt?: string | null;
            placeholders: string[];
            /** Format: int32 */
            maxImageBytes: number;
        };
        /** @description What the public verification page shows: the masked name ("Nguyễn T. A. T."), the prize, the contest and round, the date --- enough to tell a real certificate from a fake, nothing more. */
        "CertificateViews.Verification": {
            code: string;
            valid: boolean;
            kind: components["schemas"]["CertificateKind"];
            kindLabel: string;
            holder: string;
            unit?: string | null;
            prize: string;
            contest: string;
            round: string;
            /** Format: date */
            issuedOn?: string | null;
            message: string;
            messageEn: string;
        };
        "ContestController.Branding": {
            color?: string | null;
            logoUrl?: string | null;
        };
        "ContestController.ContestView": {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            description?: string | null;
            organizer: string;
            rules?: string | null;
            /** @description cơ cấu giải thưởng (Markdown) */
            prizes?: string | null;
            eligibility: components["schemas"]["ContestController.Eligibility"];
            branding: components["schemas"]["ContestController.Branding"];
            rounds: components["schemas"]["ContestController.RoundView"][];
            supportHotline?: string | null;
            supportHours?: string | null;
        };
        "ContestController.Eligibility": {
            /** Format: int32 */
            minAge?: number | null;
            localOnly: boolean;
            groups: string[];
        };
        "ContestController.RoundView": {
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            seq: number;
            name: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            status: string;
            /** Format: int32 */
            questionCount: number;
            /** Format: int32 */
            timeLimitSeconds: number;
            /** Format: int32 */
            attemptsAllowed: number;
            /** Format: int32 */
            attemptsUsed?: number | null;
            predictionPrompt?: string | null;
            /** Format: date-time */
            serverTime: string;
        };
        "ContestantRecords.AttemptRecord": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int64 */
            contestId: number;
            contestName: string;
            /** Format: int64 */
            roundId: number;
            roundName: string;
            /** Format: int32 */
            attemptNo: number;
            status: string;
            statusLabel: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: int32 */
            score?: number | null;
            /** Format: int32 */
            correctCount?: number | null;
            /** Format: int32 */
            questionCount: number;
            /** Format: int64 */
            durationMs?: number | null;
            /** Format: int64 */
            prediction?: number | null;
            disqualified: boolean;
        };
        "ContestantRecords.ConsentRecord": {
            version: string;
            /** Format: date-time */
            acceptedAt: string;
        };
        "ContestantRecords.RegistrationRecord": {
            /** Format: int64 */
            accountId: number;
            fullName: string;
            displayName: string;
            /** @description and `phone`: in clear or masked, as the caller asked; "" once erased */
            citizenId: string;
            phone: string;
            email?: string | null;
            /** Format: date */
            birthDate: string;
            commune: string;
            unit?: string | null;
            group: string;
            groupLabel: string;
            enabled: boolean;
            mustChangePassword: boolean;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            erasedAt?: string | null;
        };
        /** @description A place in a frozen ranking, with the prize of a signed or published decision. */
        "ContestantRecords.ResultRecord": {
            /** Format: int64 */
            roundId: number;
            roundName: string;
            contestName: string;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            score: number;
            /** Format: int64 */
            durationMs: number;
            /** Format: date-time */
            submittedAt: string;
            prize?: string | null;
            /** Format: int64 */
            prizeAmountVnd?: number | null;
        };
        /** @description A frozen entry with its rank and the link of the chain that put it above the next one. */
        "FrozenRankings.RankedEntry": {
            /** Format: int32 */
            rank: number;
            /** Format: int64 */
            accountId: number;
            displayName: string;
            unit?: string | null;
            commune: string;
            /** Format: int32 */
            score: number;
            /** Format: int32 */
            correctCount: number;
            /** Format: int32 */
            questionCount: number;
            /** Format: int64 */
            prediction?: number | null;
            /** Format: int64 */
            predictionError?: number | null;
            /** Format: int64 */
            durationMs: number;
            /** Format: date-time */
            submittedAt: string;
            /** Format: int64 */
            attemptId: number;
            decidedBy: components["schemas"]["RankingPolicy.DecidedBy"];
        };
        /** @description The claim with the contact in clear: the committee member calling the claimant back needs it. */
        "IdentityClaims.ClaimContact": {
            /** Format: int64 */
            id: number;
            fullName: string;
            contact: string;
        };
        /** @description The claim form on the contest page. `contact`: a phone or e-mail the committee calls back. */
        "IdentityClaims.ClaimForm": {
            citizenId?: string | null;
            phone?: string | null;
            fullName?: string | null;
            contact?: string | null;
            note?: string | null;
            altcha?: string | null;
        };
        "IdentityClaims.ClaimReceived": {
            /** Format: int64 */
            claimId: number;
            message: string;
        };
        "IdentityClaims.ClaimView": {
            /** Format: int64 */
            id: number;
            status: string;
            fullName: string;
            citizenIdMasked?: string | null;
            phoneMasked?: string | null;
            contactMasked: string;
            note?: string | null;
            /** Format: int64 */
            claimantAccountId?: number | null;
            /** Format: int64 */
            holderAccountId?: number | null;
            holderName?: string | null;
            holderEnabled?: boolean | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt?: string | null;
            decidedByName?: string | null;
            decisionReason?: string | null;
        };
        "IdentityClaims.Decision": {
            reason?: string | null;
        };
        /** @description A transferred claim, and the rounds whose rankings the holding account left. */
        "IdentityController.Transferred": {
            /** Format: int64 */
            claimId: number;
            status: string;
            roundsLeft: number[];
        };
        "IdentityVerifications.Verification": {
            method?: string | null;
            note?: string | null;
        };
        "IdentityVerifications.Verified": {
            /** Format: int64 */
            accountId: number;
            method: string;
            note?: string | null;
            /** Format: int64 */
            verifiedBy: number;
            /** Format: date-time */
            verifiedAt: string;
        };
        "LeaderboardController.Group": {
            name: string;
            /** Format: int64 */
            participants: number;
            /** Format: int32 */
            headcount?: number | null;
            /** Format: double */
            participationRate?: number | null;
        };
        "LeaderboardController.Row": {
            /** Format: int64 */
            rank: number;
            displayName: string;
            unit?: string | null;
            commune: string;
            /** Format: int32 */
            score: number;
            /** Format: int64 */
            durationMs: number;
        };
        "LiveView.Minute": {
            /** Format: date-time */
            minute: string;
            /** Format: int64 */
            registrations: number;
            /** Format: int64 */
            started: number;
            /** Format: int64 */
            submitted: number;
        };
        "LiveView.OptionStat": {
            letter: string;
            text: string;
            key: boolean;
            /** Format: int64 */
            chosen: number;
        };
        "LiveView.Overview": {
            /** Format: int64 */
            roundId: number;
            name: string;
            status: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            serverTime: string;
            totals: components["schemas"]["LiveView.Totals"];
            perMinute: components["schemas"]["LiveView.Minute"][];
            scores: components["schemas"]["LiveView.ScoreBucket"][];
        };
        /** @description One question version as shown in the round's closed attempts. `suspectedWrongKey` comes with the reason; `current` says whether this is still the question's current version (after a key fix the old one is what a regrade corrects). */
        "LiveView.QuestionStat": {
            /** Format: int64 */
            questionId: number;
            code: string;
            /** Format: int64 */
            versionId: number;
            /** Format: int32 */
            version: number;
            current: boolean;
            text: string;
            /** Format: int64 */
            shown: number;
            /** Format: int64 */
            answered: number;
            /** Format: int64 */
            correct: number;
            /** Format: double */
            correctRate?: number | null;
            options: components["schemas"]["LiveView.OptionStat"][];
            suspectedWrongKey: boolean;
            reason?: string | null;
            reasonEn?: string | null;
        };
        "LiveView.ScoreBucket": {
            /** Format: int32 */
            score: number;
            /** Format: int64 */
            attempts: number;
        };
        "LiveView.Totals": {
            /**
             * Format: int64
             * @description contestants who registered while the round was open (registration is not per round; the platform's other contests and earlier rounds do not count)
             */
            registrations: number;
            /** Format: int64 */
            contestants: number;
            /** Format: int64 */
            started: number;
            /** Format: int64 */
            submitted: number;
            /** Format: int64 */
            expired: number;
            /** Format: int64 */
            open: number;
            /** Format: int64 */
            disqualifiedContestants: number;
        };
        "MyAccount.Corrections": {
            unit?: string | null;
            commune?: string | null;
            email?: string | null;
        };
        "MyAccount.Mine": {
            registration: components["schemas"]["ContestantRecords.RegistrationRecord"];
            consent: components["schemas"]["ContestantRecords.ConsentRecord"];
            deletion?: components["schemas"]["AccountErasure.DeletionStatus"] | null;
        };
        "MyAccount.PasswordChange": {
            currentPassword?: string | null;
            newPassword?: string | null;
        };
        "OwnPasswordController.PasswordStatus": {
            changeRequired: boolean;
        };
        /** @description One page of a longer list: the items, where they sit, and how many there are in all. */
        "Page_AuditSearch.Entry_": {
            items: components["schemas"]["AuditSearch.Entry"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description One page of a longer list: the items, where they sit, and how many there are in all. */
        "Page_BankViews.QuestionView_": {
            items: components["schemas"]["BankViews.QuestionView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description One page of a longer list: the items, where they sit, and how many there are in all. */
        "Page_SupportDesk.ContestantSummary_": {
            items: components["schemas"]["SupportDesk.ContestantSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        "PasswordResets.NewPassword": {
            token?: string | null;
            newPassword?: string | null;
        };
        "PasswordResets.ResetRequest": {
            login?: string | null;
        };
        "PasswordResets.ResetRequested": {
            message: string;
            messageEn: string;
        };
        /** @description The final report's figures as the public results page shows them: the same totals, days, groups, score distribution, prizes and ranking hashes, without personal data. Individual winners appear exactly as the published winners list shows them (masked name, unit, commune); a unit, commune or group with fewer than `minCount` participants is folded into one "others" line so nobody can be picked out; disqualifications and regrades are counts only (their reasons are staff free text about people); the hardest and easiest questions stay in the staff report, since the bank is reused by later rounds and contests. */
        PublicResults: {
            /** Format: int64 */
            contestId: number;
            contestName: string;
            organizer: string;
            /** Format: date-time */
            generatedAt: string;
            /** Format: int32 */
            minCount: number;
            rounds: string[];
            totals: components["schemas"]["ReportFigures.Totals"];
            days: components["schemas"]["ReportFigures.Day"][];
            groups: components["schemas"]["ReportFigures.Group"][];
            units: components["schemas"]["ReportFigures.Area"][];
            communes: components["schemas"]["ReportFigures.Area"][];
            scores: components["schemas"]["ReportFigures.ScoreBucket"][];
            /** Format: int32 */
            regrades: number;
            /** Format: int64 */
            attemptsRegraded: number;
            individualPrizes: components["schemas"]["PublicResults.Winner"][];
            collectivePrizes: components["schemas"]["ReportFigures.CollectivePrize"][];
            rankings: components["schemas"]["ReportFigures.FrozenRanking"][];
        };
        "PublicResults.Winner": {
            scope: string;
            tier: string;
            /** Format: int64 */
            amountVnd: number;
            /** Format: int32 */
            rank: number;
            displayName: string;
            unit?: string | null;
            commune: string;
            /** Format: int32 */
            score: number;
        };
        "RankingController.FrozenRanking": {
            snapshot: components["schemas"]["RoundCloser.Snapshot"];
            entries: components["schemas"]["FrozenRankings.RankedEntry"][];
        };
        "RankingController.Reason": {
            reason?: string | null;
        };
        /** @description How many boards the rebuild recomputed. */
        "RankingController.Rebuilt": {
            /** Format: int32 */
            boards: number;
        };
        /** @description A reopened round: open for attempts again, its frozen ranking dropped. */
        "RankingController.Reopened": {
            /** Format: int64 */
            roundId: number;
            status: string;
        };
        /**
         * @description What separated an entry from the one ranked just below it: a link of RankingChain, or LAST.
         * @enum {string}
         */
        "RankingPolicy.DecidedBy": "SCORE" | "PREDICTION" | "DURATION" | "SUBMISSION_TIME" | "ENTRY_ID" | "LAST";
        /** @description The registration form. Fields arrive as text and are checked by RegistrationService, so every mistake is reported at its field, in Vietnamese, all at once. `altcha` is the solved bot check (base64 ALTCHA payload) when the bot check is on. */
        Registration: {
            fullName?: string | null;
            citizenId?: string | null;
            phone?: string | null;
            email?: string | null;
            birthDate?: string | null;
            commune?: string | null;
            unit?: string | null;
            group?: string | null;
            password?: string | null;
            consent?: components["schemas"]["Registration.Consent"] | null;
            altcha?: string | null;
        };
        /** @description Đồng ý xử lý dữ liệu cá nhân: which text the person agreed to, and that they did. `accepted` is taken as sent, so that only JSON `true` counts (a Boolean field would also read 1 or "true"). */
        "Registration.Consent": {
            version?: string | null;
            accepted?: Record<string, never> | null;
        };
        "Registration.Registered": {
            /** Format: int64 */
            participantId: number;
        };
        "RegistrationController.ConsentInfo": {
            version: string;
            text: string;
            textEn: string;
        };
        "Regrade.Change": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int64 */
            accountId: number;
            /** Format: int32 */
            scoreBefore: number;
            /** Format: int32 */
            scoreAfter: number;
            /** Format: int32 */
            correctBefore: number;
            /** Format: int32 */
            correctAfter: number;
        };
        "Regrade.RegradeBody": {
            /**
             * Format: int64
             * @description the question version whose key was wrong, as the question statistics list it
             */
            versionId?: number | null;
        };
        "Regrade.Summary": {
            /** Format: int64 */
            roundId: number;
            /** Format: int64 */
            questionId: number;
            code: string;
            /** Format: int64 */
            fromVersionId: number;
            /** Format: int32 */
            fromVersion: number;
            /** Format: int64 */
            toVersionId: number;
            /** Format: int32 */
            toVersion: number;
            keyBefore: string;
            keyAfter: string;
            /** Format: int32 */
            attemptsRescored: number;
            /** Format: int32 */
            attemptsChanged: number;
            /** Format: int32 */
            contestantsChanged: number;
            /** Format: int32 */
            scoresUp: number;
            /** Format: int32 */
            scoresDown: number;
            /** Format: int64 */
            openAttemptsNotRescored: number;
            changes: components["schemas"]["Regrade.Change"][];
        };
        /** @description Every figure of a final report, computed once by ReportQuery; the workbook, the document, the console's screen and the public page are all drawn from one instance, so they cannot disagree. Days are Vietnam calendar days; percentages are rounded half up to two decimals. */
        ReportFigures: {
            scope: components["schemas"]["ReportFigures.Scope"];
            totals: components["schemas"]["ReportFigures.Totals"];
            days: components["schemas"]["ReportFigures.Day"][];
            groups: components["schemas"]["ReportFigures.Group"][];
            units: components["schemas"]["ReportFigures.Area"][];
            communes: components["schemas"]["ReportFigures.Area"][];
            scores: components["schemas"]["ReportFigures.ScoreBucket"][];
            hardest: components["schemas"]["ReportFigures.QuestionFigure"][];
            easiest: components["schemas"]["ReportFigures.QuestionFigure"][];
            regrades: components["schemas"]["ReportFigures.RegradeFigure"][];
            disqualifications: components["schemas"]["ReportFigures.Disqualification"][];
            individualPrizes: components["schemas"]["ReportFigures.IndividualPrize"][];
            collectivePrizes: components["schemas"]["ReportFigures.CollectivePrize"][];
            rankings: components["schemas"]["ReportFigures.FrozenRanking"][];
        };
        /** @description A unit (đơn vị) or commune (xã, phường) as contestants declared it, with the catalog's headcount where the catalog lists the name; `ratePercent` = participants ÷ headcount. */
        "ReportFigures.Area": {
            name: string;
            /** Format: int64 */
            participants: number;
            /** Format: int32 */
            headcount?: number | null;
            ratePercent?: number | null;
        };
        /** @description A collective prize (giải tập thể) of a published decision. */
        "ReportFigures.CollectivePrize": {
            scope: string;
            tier: string;
            /** Format: int64 */
            amountVnd: number;
            unit: string;
            /** Format: int32 */
            participants: number;
            ratePercent?: number | null;
            /** Format: int32 */
            points: number;
        };
        /** @description One Vietnam day: new registrations, contestants taking their first attempt, attempts started and submitted. */
        "ReportFigures.Day": {
            /** Format: date */
            day: string;
            /** Format: int64 */
            registrations: number;
            /** Format: int64 */
            newParticipants: number;
            /** Format: int64 */
            attemptsStarted: number;
            /** Format: int64 */
            attemptsSubmitted: number;
        };
        /** @description An entry the committee disqualified (truất quyền), by the decision in force; the name masked. */
        "ReportFigures.Disqualification": {
            /** Format: date-time */
            at: string;
            round: string;
            displayName: string;
            unit?: string | null;
            reason: string;
        };
        /** @description A round's frozen ranking and its SHA-256 content hash, as stored at close. */
        "ReportFigures.FrozenRanking": {
            round: string;
            /** Format: date-time */
            computedAt: string;
            /** Format: int32 */
            entries: number;
            /** Format: int64 */
            predictionActual?: number | null;
            hash: string;
        };
        /** @description A participant group (đối tượng) with its Vietnamese label. */
        "ReportFigures.Group": {
            code: string;
            label: string;
            /** Format: int64 */
            participants: number;
            /** Format: int64 */
            attempts: number;
            /** Format: int64 */
            attemptsSubmitted: number;
            averageScore?: number | null;
        };
        /** @description An individual prize of a published decision. */
        "ReportFigures.IndividualPrize": {
            scope: string;
            tier: string;
            /** Format: int64 */
            amountVnd: number;
            /** Format: int32 */
            rank: number;
            fullName: string;
            displayName: string;
            unit?: string | null;
            commune: string;
            /** Format: int32 */
            score: number;
        };
        /** @description A question over every version shown: how often it was asked and answered right, as graded now (after regrades). */
        "ReportFigures.QuestionFigure": {
            code: string;
            text: string;
            /** Format: int64 */
            shown: number;
            /** Format: int64 */
            correct: number;
            correctPercent: number;
        };
        /** @description A regrade (chấm lại) after a key fix, with the reason given for the fix. */
        "ReportFigures.RegradeFigure": {
            /** Format: date-time */
            at: string;
            round: string;
            questionCode: string;
            keyBefore: string;
            keyAfter: string;
            /** Format: int64 */
            attemptsRescored: number;
            /** Format: int64 */
            attemptsChanged: number;
            reason?: string | null;
            by?: string | null;
        };
        /** @description What the report covers: the whole contest or one round (đợt thi). Registration is not per contest, so `from`--`until` is the window registrations are counted in: the contest's creation to its last round's close, or the round's own window. */
        "ReportFigures.Scope": {
            /** Format: int64 */
            contestId: number;
            contestName: string;
            organizer: string;
            /** Format: int64 */
            roundId?: number | null;
            label: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            until: string;
            /** Format: date-time */
            generatedAt: string;
            rounds: string[];
        };
        /** @description Graded attempts (submitted or timed out, not disqualified) by score. */
        "ReportFigures.ScoreBucket": {
            /** Format: int32 */
            score: number;
            /** Format: int64 */
            attempts: number;
        };
        "ReportFigures.Totals": {
            /** Format: int64 */
            registrations: number;
            /**
             * Format: int64
             * @description contestants with at least one attempt (lượt thi) in the scope
             */
            participants: number;
            /** Format: int64 */
            attemptsStarted: number;
            /** Format: int64 */
            attemptsSubmitted: number;
            /** Format: int64 */
            attemptsExpired: number;
            /** Format: int64 */
            attemptsOpen: number;
            /** Format: int64 */
            contestantsSubmitted: number;
            /** Format: int64 */
            disqualifiedContestants: number;
            /** @description submitted ÷ started attempts */
            completionPercent?: number | null;
            averageScore?: number | null;
            /** Format: int32 */
            maxScore?: number | null;
        };
        "ReviewDecisions.Decided": {
            /** Format: int64 */
            roundId: number;
            /** Format: int64 */
            accountId: number;
            decision: string;
            reason: string;
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            decidedAt: string;
        };
        /** @description `decision`: DISQUALIFY or CLEAR. */
        "ReviewDecisions.DecisionBody": {
            decision?: string | null;
            reason?: string | null;
        };
        "ReviewQueue.AttemptView": {
            /** Format: int64 */
            attemptId: number;
            /** Format: int32 */
            attemptNo: number;
            status: string;
            /** Format: int32 */
            score?: number | null;
            /** Format: int32 */
            correctCount?: number | null;
            /** Format: int32 */
            questionCount: number;
            /** Format: int64 */
            durationMs?: number | null;
            /** Format: date-time */
            submittedAt?: string | null;
            disqualified: boolean;
        };
        "ReviewQueue.DecisionView": {
            decision: string;
            reason: string;
            /** Format: int64 */
            decidedBy: number;
            decidedByName?: string | null;
            /** Format: date-time */
            decidedAt: string;
        };
        "ReviewQueue.Entry": {
            /** Format: int64 */
            accountId: number;
            displayName?: string | null;
            /** @description PENDING (flagged, undecided), DISQUALIFIED or CLEARED */
            status: string;
            flags: components["schemas"]["ReviewQueue.FlagView"][];
            attempts: components["schemas"]["ReviewQueue.AttemptView"][];
            decision?: components["schemas"]["ReviewQueue.DecisionView"] | null;
        };
        "ReviewQueue.FlagView": {
            kind: string;
            evidence: {
                [key: string]: Record<string, never>;
            };
        };
        "ReviewQueue.Queue": {
            /** Format: int64 */
            roundId: number;
            counts: {
                [key: string]: number;
            };
            entries: components["schemas"]["ReviewQueue.Entry"][];
        };
        /** @description The frozen ranking's identity: what the committee signs and what any export can be checked against. */
        "RoundCloser.Snapshot": {
            /** Format: int64 */
            roundId: number;
            /** Format: date-time */
            computedAt: string;
            /** Format: int64 */
            predictionActual?: number | null;
            /** Format: int32 */
            entryCount: number;
            contentHash: string;
        };
        "RoundPreview.Preview": {
            /** Format: int64 */
            roundId: number;
            name: string;
            /** Format: int32 */
            questionCount: number;
            /** Format: int32 */
            timeLimitSeconds: number;
            prediction?: components["schemas"]["AttemptViews.PredictionView"] | null;
            questions: components["schemas"]["AttemptViews.QuestionView"][];
        };
        /** @description `mustChangePassword`: this session was opened with a password the support desk set; the page asks for a new one. */
        "SessionController.Me": {
            /** Format: int64 */
            id: number;
            fullName: string;
            roles: string[];
            displayName: string;
            commune: string;
            unit: string;
            notices: components["schemas"]["AccountNotices.Notice"][];
            mustChangePassword: boolean;
        };
        "StaffGrants.ContestUnit": {
            /** Format: int64 */
            contestId: number;
            organizingUnit?: string | null;
        };
        /** @description One grant as the console shows it; `contestName` only for a grant on a contest. */
        "StaffGrants.GrantView": {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            accountId: number;
            role: string;
            /** Format: int64 */
            contestId?: number | null;
            contestName?: string | null;
            organizingUnit?: string | null;
            grantedBy?: string | null;
            /** Format: date-time */
            grantedAt: string;
        };
        /** @description Either a contest or an organizing unit, never both. */
        "StaffGrants.NewGrant": {
            role?: string | null;
            /** Format: int64 */
            contestId?: number | null;
            organizingUnit?: string | null;
        };
        "StaffGrants.UnitBody": {
            organizingUnit?: string | null;
        };
        /** @description The new account; `temporaryPassword` only when the server generated it (shown once). */
        "StaffService.Created": {
            staff: components["schemas"]["StaffService.StaffView"];
            temporaryPassword?: string | null;
        };
        "StaffService.NewStaff": {
            username?: string | null;
            fullName?: string | null;
            roles?: string[] | null;
            password?: string | null;
        };
        "StaffService.PasswordChange": {
            currentPassword?: string | null;
            newPassword?: string | null;
        };
        "StaffService.PasswordReset": {
            temporaryPassword: string;
        };
        "StaffService.Roles": {
            roles?: string[] | null;
        };
        "StaffService.StaffView": {
            /** Format: int64 */
            id: number;
            username: string;
            fullName: string;
            roles: string[];
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lockedUntil?: string | null;
            passwordChangeRequired: boolean;
        };
        /** @description The registration as the desk reads it: citizen ID, phone and e-mail masked. */
        "SupportDesk.ContestantFile": {
            registration: components["schemas"]["ContestantRecords.RegistrationRecord"];
            consent: components["schemas"]["ContestantRecords.ConsentRecord"];
            attempts: components["schemas"]["ContestantRecords.AttemptRecord"][];
            results: components["schemas"]["ContestantRecords.ResultRecord"][];
        };
        /** @description How a contestant known only by id is named on staff screens: the masked name ("Nguyễn V. Â.") and unit. */
        "SupportDesk.ContestantName": {
            /** Format: int64 */
            accountId: number;
            displayName: string;
            unit?: string | null;
        };
        "SupportDesk.ContestantSummary": {
            /** Format: int64 */
            accountId: number;
            fullName: string;
            citizenIdMasked: string;
            phoneMasked: string;
            unit?: string | null;
            commune: string;
            /** Format: date */
            birthDate: string;
            enabled: boolean;
            mustChangePassword: boolean;
            /** Format: date-time */
            registeredAt: string;
        };
        "SupportDesk.Correction": {
            field?: string | null;
            value?: string | null;
            reason?: string | null;
        };
        "SupportDesk.OneTimePassword": {
            temporaryPassword: string;
            message: string;
        };
        "SupportDesk.Reason": {
            reason?: string | null;
        };
        "SupportDesk.Unmasked": {
            /** Format: int64 */
            accountId: number;
            citizenId: string;
            phone: string;
            email?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    file: {
        parameters: {
            query?: {
                path?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description file 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                /** @description an account id, or part of a name */
                actor?: string | null;
                /** @description one action code, or several separated by commas (the console's Vietnamese search may match more than one) */
                action?: string | null;
                entity?: string | null;
                entityId?: string | null;
                /** @description inclusive, ISO-8601 instant */
                from?: string | null;
                /** @description exclusive, ISO-8601 instant */
                to?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description search 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditSearch.Entry_"];
                };
            };
        };
    };
    export: {
        parameters: {
            query?: {
                actor?: string | null;
                action?: string | null;
                entity?: string | null;
                entityId?: string | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description export 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.BankSummary"][];
                };
            };
        };
    };
    create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankViews.NewBank"];
            };
        };
        responses: {
            /** @description create 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.BankView"];
                };
            };
        };
    };
    template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description template 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    bank: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description bank 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.BankView"];
                };
            };
        };
    };
    export_1: {
        parameters: {
            query?: {
                format?: string;
                includeRetired?: boolean;
            };
            header?: never;
            path: {
                bankId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description export_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description preview 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.Preview"];
                };
            };
        };
    };
    confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: number;
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description confirm 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.Imported"];
                };
            };
        };
    };
    questions: {
        parameters: {
            query?: {
                q?: string | null;
                topic?: string | null;
                difficulty?: string | null;
                status?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                bankId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description questions 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_BankViews.QuestionView_"];
                };
            };
        };
    };
    createQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankViews.QuestionBody"];
            };
        };
        responses: {
            /** @description createQuestion 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.EditResult"];
                };
            };
        };
    };
    list_1: {
        parameters: {
            query?: {
                q?: string | null;
                active?: boolean | null;
            };
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogEntry"][];
                };
            };
        };
    };
    create_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Catalog.EntryBody"];
            };
        };
        responses: {
            /** @description create_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogEntry"];
                };
            };
        };
    };
    importFile: {
        parameters: {
            query?: {
                replace?: boolean;
            };
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description importFile 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalog.ImportSummary"];
                };
            };
        };
    };
    update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Catalog.EntryBody"];
            };
        };
        responses: {
            /** @description update 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogEntry"];
                };
            };
        };
    };
    one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityVerifications.Verification"];
            };
        };
        responses: {
            /** @description verify 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVerifications.Verified"];
                };
            };
        };
    };
    list_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list_2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestSummary"][];
                };
            };
        };
    };
    create_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminViews.ContestBody"];
            };
        };
        responses: {
            /** @description create_2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestView"];
                };
            };
        };
    };
    exclusions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description exclusions 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.ExclusionView"][];
                };
            };
        };
    };
    exclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.ExclusionBody"];
            };
        };
        responses: {
            /** @description exclude 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.ExclusionsAdded"];
                };
            };
        };
    };
    removeExclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
                exclusionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removeExclusion 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    reviewContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reviewContest 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    draftContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description draftContest 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    publishContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description publishContest 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    signContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.SignBody"];
            };
        };
        responses: {
            /** @description signContest 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    unlockContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.ReasonBody"];
            };
        };
        responses: {
            /** @description unlockContest 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    template_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description template_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.TemplateView"];
                };
            };
        };
    };
    save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateViews.TemplateBody"];
            };
        };
        responses: {
            /** @description save 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.TemplateView"];
                };
            };
        };
    };
    image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
                image: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description image 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
                image: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description upload 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.TemplateView"];
                };
            };
        };
    };
    removeImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
                image: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removeImage 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.TemplateView"];
                };
            };
        };
    };
    previewPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description previewPdf 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    previewPng: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description previewPng 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    contestList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestList 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.ScopeCertificates"];
                };
            };
        };
    };
    contestZip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestZip 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    collective: {
        parameters: {
            query?: {
                format?: string | null;
            };
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description collective 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    contestWinners: {
        parameters: {
            query?: {
                format?: string | null;
                unmasked?: boolean | null;
                reason?: string | null;
            };
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestWinners 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    contestRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestRules 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.ContestRulesView"];
                };
            };
        };
    };
    setContestRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.ContestRulesBody"];
            };
        };
        responses: {
            /** @description setContestRules 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.ContestRulesView"];
                };
            };
        };
    };
    figures: {
        parameters: {
            query?: {
                roundId?: number | null;
            };
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description figures 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportFigures"];
                };
            };
        };
    };
    document: {
        parameters: {
            query?: {
                roundId?: number | null;
            };
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description document 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    workbook: {
        parameters: {
            query?: {
                roundId?: number | null;
            };
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description workbook 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    one_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestView"];
                };
            };
        };
    };
    update_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminViews.ContestBody"];
            };
        };
        responses: {
            /** @description update_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestView"];
                };
            };
        };
    };
    delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description delete 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    duplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description duplicate 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestView"];
                };
            };
        };
    };
    setUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffGrants.UnitBody"];
            };
        };
        responses: {
            /** @description setUnit 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffGrants.ContestUnit"];
                };
            };
        };
    };
    publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description publish 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestView"];
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminViews.RoundBody"];
            };
        };
        responses: {
            /** @description createRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.RoundView"];
                };
            };
        };
    };
    unpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description unpublish 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.ContestView"];
                };
            };
        };
    };
    all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description all 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffGrants.GrantView"][];
                };
            };
        };
    };
    list_3: {
        parameters: {
            query?: {
                status?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list_3 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityClaims.ClaimView"][];
                };
            };
        };
    };
    contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityClaims.Decision"];
            };
        };
        responses: {
            /** @description contact 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityClaims.ClaimContact"];
                };
            };
        };
    };
    reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityClaims.Decision"];
            };
        };
        responses: {
            /** @description reject 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityClaims.Decision"];
            };
        };
        responses: {
            /** @description transfer 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityController.Transferred"];
                };
            };
        };
    };
    rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rebuild 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingController.Rebuilt"];
                };
            };
        };
    };
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffService.PasswordChange"];
            };
        };
        responses: {
            /** @description change 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRefreshToken"];
                };
            };
        };
    };
    status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description status 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnPasswordController.PasswordStatus"];
                };
            };
        };
    };
    units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description units 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
    question: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description question 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.QuestionDetail"];
                };
            };
        };
    };
    edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankViews.QuestionBody"];
            };
        };
        responses: {
            /** @description edit 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.EditResult"];
                };
            };
        };
    };
    fixKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankViews.KeyFix"];
            };
        };
        responses: {
            /** @description fixKey 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.EditResult"];
                };
            };
        };
    };
    restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description restore 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.QuestionView"];
                };
            };
        };
    };
    retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description retire 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankViews.QuestionView"];
                };
            };
        };
    };
    round: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description round 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.RoundView"];
                };
            };
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminViews.RoundBody"];
            };
        };
        responses: {
            /** @description updateRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.RoundView"];
                };
            };
        };
    };
    duplicateRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description duplicateRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.RoundView"];
                };
            };
        };
    };
    publishRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description publishRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.RoundView"];
                };
            };
        };
    };
    unpublishRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description unpublishRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViews.RoundView"];
                };
            };
        };
    };
    reviewRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reviewRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    draftRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description draftRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    publishRound_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description publishRound_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    signRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.SignBody"];
            };
        };
        responses: {
            /** @description signRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    unlockRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.ReasonBody"];
            };
        };
        responses: {
            /** @description unlockRound 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.DecisionView"];
                };
            };
        };
    };
    roundList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundList 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.ScopeCertificates"];
                };
            };
        };
    };
    roundZip: {
        parameters: {
            query?: {
                kind?: string | null;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundZip 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description close 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCloser.Snapshot"];
                };
            };
        };
    };
    ranking: {
        parameters: {
            query?: {
                format?: string | null;
                unmasked?: boolean | null;
                reason?: string | null;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ranking 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    roundWinners: {
        parameters: {
            query?: {
                format?: string | null;
                unmasked?: boolean | null;
                reason?: string | null;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundWinners 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    overview: {
        parameters: {
            query?: {
                minutes?: number;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description overview 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveView.Overview"];
                };
            };
        };
    };
    preview_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description preview_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundPreview.Preview"];
                };
            };
        };
    };
    roundRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundRules 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.RoundRulesView"];
                };
            };
        };
    };
    setRoundRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardViews.RoundRulesBody"];
            };
        };
        responses: {
            /** @description setRoundRules 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.RoundRulesView"];
                };
            };
        };
    };
    questions_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description questions_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveView.QuestionStat"][];
                };
            };
        };
    };
    ranking_1: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ranking_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingController.FrozenRanking"];
                };
            };
        };
    };
    regrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Regrade.RegradeBody"];
            };
        };
        responses: {
            /** @description regrade 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Regrade.Summary"];
                };
            };
        };
    };
    reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankingController.Reason"];
            };
        };
        responses: {
            /** @description reopen 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingController.Reopened"];
                };
            };
        };
    };
    queue: {
        parameters: {
            query?: {
                status?: string | null;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description queue 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueue.Queue"];
                };
            };
        };
    };
    decideMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkReview.BulkBody"];
            };
        };
        responses: {
            /** @description decideMany 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReview.BulkDecided"];
                };
            };
        };
    };
    decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisions.DecisionBody"];
            };
        };
        responses: {
            /** @description decide 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDecisions.Decided"];
                };
            };
        };
    };
    list_4: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list_4 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService.StaffView"][];
                };
            };
        };
    };
    create_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffService.NewStaff"];
            };
        };
        responses: {
            /** @description create_3 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService.Created"];
                };
            };
        };
    };
    disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description disable 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService.StaffView"];
                };
            };
        };
    };
    enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description enable 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService.StaffView"];
                };
            };
        };
    };
    of: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description of 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffGrants.GrantView"][];
                };
            };
        };
    };
    add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffGrants.NewGrant"];
            };
        };
        responses: {
            /** @description add 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffGrants.GrantView"];
                };
            };
        };
    };
    remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                grantId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description remove 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description resetPassword 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService.PasswordReset"];
                };
            };
        };
    };
    roles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffService.Roles"];
            };
        };
        responses: {
            /** @description roles 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService.StaffView"];
                };
            };
        };
    };
    search_1: {
        parameters: {
            query?: {
                name?: string | null;
                phone?: string | null;
                citizenId?: string | null;
                unit?: string | null;
                commune?: string | null;
                page?: number | null;
                size?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description search_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SupportDesk.ContestantSummary_"];
                };
            };
        };
    };
    file_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description file_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.ContestantFile"];
                };
            };
        };
    };
    disable_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportDesk.Reason"];
            };
        };
        responses: {
            /** @description disable_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.ContestantFile"];
                };
            };
        };
    };
    enable_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportDesk.Reason"];
            };
        };
        responses: {
            /** @description enable_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.ContestantFile"];
                };
            };
        };
    };
    resetPassword_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportDesk.Reason"];
            };
        };
        responses: {
            /** @description resetPassword_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.OneTimePassword"];
                };
            };
        };
    };
    correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportDesk.Correction"];
            };
        };
        responses: {
            /** @description correct 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.ContestantFile"];
                };
            };
        };
    };
    unmask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportDesk.Reason"];
            };
        };
        responses: {
            /** @description unmask 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.Unmasked"];
                };
            };
        };
    };
    names: {
        parameters: {
            query?: {
                ids?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description names 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDesk.ContestantName"][];
                };
            };
        };
    };
    export_2: {
        parameters: {
            query?: {
                format?: string | null;
                contestId?: number | null;
                unmasked?: boolean | null;
                reason?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description export_2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    challenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description challenge 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotCheck.Challenge"];
                };
            };
        };
    };
    view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description view 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptViews.Current"];
                };
            };
        };
    };
    answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: number;
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttemptViews.AnswerBody"];
            };
        };
        responses: {
            /** @description answer 204 response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description review 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptViews.Review"];
                };
            };
        };
    };
    submit: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path: {
                attemptId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttemptViews.SubmitBody"];
            };
        };
        responses: {
            /** @description submit 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptViews.Result"];
                };
            };
        };
    };
    communes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description communes 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalog.Choice"][];
                };
            };
        };
    };
    units_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description units_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalog.Choice"][];
                };
            };
        };
    };
    consent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description consent 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationController.ConsentInfo"];
                };
            };
        };
    };
    list_5: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list_5 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestController.ContestView"][];
                };
            };
        };
    };
    contestCommunes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestCommunes 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Group"][];
                };
            };
        };
    };
    contestBoard: {
        parameters: {
            query?: {
                offset?: string;
                limit?: string;
            };
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestBoard 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Row"][];
                };
            };
        };
    };
    contestMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestMe 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Row"];
                };
            };
        };
    };
    results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicResults"];
                };
            };
        };
    };
    contestUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description contestUnits 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Group"][];
                };
            };
        };
    };
    winners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contestId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description winners 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.PublicWinners"];
                };
            };
        };
    };
    one_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one_2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestController.ContestView"];
                };
            };
        };
    };
    file_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityClaims.ClaimForm"];
            };
        };
        responses: {
            /** @description file_2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityClaims.ClaimReceived"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description logout 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description me 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionController.Me"];
                };
            };
        };
    };
    view_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description view_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAccount.Mine"];
                };
            };
        };
    };
    correct_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyAccount.Corrections"];
            };
        };
        responses: {
            /** @description correct_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAccount.Mine"];
                };
            };
        };
    };
    mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description mine 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptViews.Mine"][];
                };
            };
        };
    };
    mine_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description mine_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.MyCertificate"][];
                };
            };
        };
    };
    download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description download 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    export_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description export_3 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    deletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deletion 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountErasure.DeletionStatus"];
                };
            };
        };
    };
    requestDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountErasure.DeletionBody"];
            };
        };
        responses: {
            /** @description requestDeletion 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountErasure.DeletionStatus"];
                };
            };
        };
    };
    cancelDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cancelDeletion 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountErasure.DeletionStatus"];
                };
            };
        };
    };
    seen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                noticeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description seen 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyAccount.PasswordChange"];
            };
        };
        responses: {
            /** @description changePassword 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRefreshToken"];
                };
            };
        };
    };
    myResults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description myResults 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardViews.MyResults"];
                };
            };
        };
    };
    request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResets.ResetRequest"];
            };
        };
        responses: {
            /** @description request 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResets.ResetRequested"];
                };
            };
        };
    };
    confirm_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResets.NewPassword"];
            };
        };
        responses: {
            /** @description confirm_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Registration"];
            };
        };
        responses: {
            /** @description register 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration.Registered"];
                };
            };
        };
    };
    start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description start 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptViews.Started"];
                };
            };
        };
    };
    roundCommunes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundCommunes 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Group"][];
                };
            };
        };
    };
    roundBoard: {
        parameters: {
            query?: {
                offset?: string;
                limit?: string;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundBoard 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Row"][];
                };
            };
        };
    };
    roundMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundMe 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Row"];
                };
            };
        };
    };
    roundUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description roundUnits 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardController.Group"][];
                };
            };
        };
    };
    verify_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description verify_1 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateViews.Verification"];
                };
            };
        };
    };
    open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description open 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
}
