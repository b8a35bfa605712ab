package vn.dongnai.contest.bank.validation;

import java.util.List;
import vn.dongnai.contest.bank.Issue;

/** Everything found in a bank, in file and line order. A bank with no errors can be imported. */
public record ValidationReport(List<Issue> issues) {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public boolean ok() {
        return issues.stream().noneMatch(Issue::isError);
    }

    public List<Issue> errors() {
        return issues.stream().filter(Issue::isError).toList();
    }

    public List<Issue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }

    public long count(String code) {
        return issues.stream().filter(issue -> issue.code().equals(code)).count();
    }
}
