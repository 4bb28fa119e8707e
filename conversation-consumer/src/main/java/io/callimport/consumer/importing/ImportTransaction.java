package io.callimport.consumer.importing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A transaction of the import's plain SQL, on a JDBC transaction manager (see
 * {@link ImportTransactions}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(transactionManager = ImportTransaction.MANAGER)
@interface ImportTransaction {

	String MANAGER = "importTransactionManager";

}
