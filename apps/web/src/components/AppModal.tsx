import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's modal with a labelled close button. */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal {...props} closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }} />
  );
}
