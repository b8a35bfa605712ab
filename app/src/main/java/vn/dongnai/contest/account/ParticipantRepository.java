package vn.dongnai.contest.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ParticipantRepository extends CrudRepository<Participant, Long> {

    boolean existsByCitizenIdHash(byte[] citizenIdHash);

    boolean existsByPhoneHash(byte[] phoneHash);
}
