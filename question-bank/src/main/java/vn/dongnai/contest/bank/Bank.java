package vn.dongnai.contest.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question bank: its topics (chủ đề) in order and its questions.
 *
 * @param topics     every topic, in the order first seen; always includes the topics of the questions
 *                   (a committed topic file may name a topic before it has questions)
 * @param readIssues what the reader noticed that only it could see (text not in NFC, a formula
 *                   cell, an unknown difficulty word, ...). The validator reports them with its own.
 */
public record Bank(List<String> topics, List<Question> questions, List<Issue> readIssues) {

    public Bank {
        LinkedHashSet<String> all = new LinkedHashSet<>(topics);
        questions.stream().map(Question::topic).filter(Objects::nonNull).forEach(all::add);
        topics = List.copyOf(all);
        questions = List.copyOf(questions);
        readIssues = List.copyOf(readIssues);
    }

    public static Bank of(List<Question> questions) {
        return new Bank(List.of(), questions, List.of());
    }

    /** Joins banks read from several files (a directory of topic files) in the given order. */
    public static Bank concat(List<Bank> banks) {
        List<String> topics = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (Bank bank : banks) {
            topics.addAll(bank.topics);
            questions.addAll(bank.questions);
            issues.addAll(bank.readIssues);
        }
        return new Bank(topics, questions, issues);
    }

    /** Questions grouped by topic, topics in bank order; questions without a topic are left out. */
    public Map<String, List<Question>> byTopic() {
        Map<String, List<Question>> grouped = new LinkedHashMap<>();
        topics.forEach(topic -> grouped.put(topic, new ArrayList<>()));
        for (Question question : questions) {
            if (question.topic() != null) {
                grouped.get(question.topic()).add(question);
            }
        }
        return grouped;
    }
}
