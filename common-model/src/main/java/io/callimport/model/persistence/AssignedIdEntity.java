package io.callimport.model.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the service assigns (a random UUID, a natural key) instead of the
 * database. Spring Data cannot tell such an entity new from its id, so its {@code save}
 * would merge, reading the row first, for every insert; this one knows whether it came
 * from the database or was stored already.
 *
 * @param <ID> the id's type
 */
@MappedSuperclass
public abstract class AssignedIdEntity<ID> implements Persistable<ID> {

	@Transient
	private boolean stored;

	/** Whether it is not stored yet: saving inserts it without reading first. */
	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

}
