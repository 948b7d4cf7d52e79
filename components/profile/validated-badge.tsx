import styles from './profile.module.css';

/** Marks a level a chef has confirmed: in words, so it never depends on colour. */
export function ValidatedBadge() {
  return (
    <span className={styles.badge}>
      <span aria-hidden="true">✓ </span>Bekräftad av chef
    </span>
  );
}
