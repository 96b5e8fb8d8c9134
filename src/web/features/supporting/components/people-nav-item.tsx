import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { PeopleIcon } from '../../../components/ui/icons'
import { useReceivedLinks } from '../api/received-links'

/**
 * "People I support" in the navigation, once someone shares with the signed-in person; nothing before.
 * Loaded after the frame (app-shell.tsx), so that every signed-in page's first load does not carry it.
 */
export function PeopleNavItem() {
  const { t } = useTranslation('common')
  const received = useReceivedLinks()
  if (!received.data || received.data.length === 0) return null
  return (
    <li>
      <NavLink to="/people" className="nav-link">
        <PeopleIcon className="nav-link__icon" />
        <span className="nav-link__label">{t('nav.people')}</span>
      </NavLink>
    </li>
  )
}
