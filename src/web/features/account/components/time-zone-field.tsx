import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/schemas/common'
import { SelectField } from '../../../components/ui/fields'
import { browserTimeZone } from '../../../lib/dates'
import { intlLocale } from '../../../lib/intl-locale'
import { useLanguage } from '../../../lib/use-language'

/** The continents and oceans IANA files zones under, in the order the list shows them. */
const REGIONS = [
  'Europe',
  'Africa',
  'America',
  'Asia',
  'Atlantic',
  'Indian',
  'Pacific',
  'Australia',
  'Antarctica',
  'Arctic',
  'Etc',
] as const
type Region = (typeof REGIONS)[number]
const isRegion = (value: string): value is Region => (REGIONS as readonly string[]).includes(value)

/** Every zone the browser knows, plus the ones given (the saved one may be spelled another way). */
function knownZones(extra: (string | undefined)[]): string[] {
  const listed =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['Europe/Paris', 'UTC']
  return [...new Set([...listed, ...extra.filter((z): z is string => Boolean(z))])]
}

/** "heure d’Europe centrale" / "Central European Time": the zone's name in the interface language. */
function zoneName(zone: string, language: Language, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(language), {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(at)
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
  } catch {
    return ''
  }
}

type Option = { value: string; label: string; region: number; city: string }

function useZoneOptions(value: string, device: string | undefined): Option[] {
  const { t } = useTranslation('account')
  const language = useLanguage()
  return useMemo(() => {
    const at = new Date()
    const collator = new Intl.Collator(intlLocale(language))
    return knownZones([value, device])
      .map((zone) => {
        const [head = '', ...rest] = zone.split('/')
        const region = isRegion(head) ? head : 'Etc'
        const city = (rest.length > 0 ? rest.join(' / ') : zone).replace(/_/g, ' ')
        const name = zoneName(zone, language, at)
        const place = `${t(`timeZone.regions.${region}`)} — ${city}`
        return {
          value: zone,
          label: name && name !== city ? `${place} (${name})` : place,
          region: REGIONS.indexOf(region),
          city,
        }
      })
      .sort((a, b) => a.region - b.region || collator.compare(a.city, b.city))
  }, [value, device, language, t])
}

type TimeZoneFieldProps = {
  id: string
  value: string
  onChange: (zone: string) => void
  error?: string | undefined
}

/** The person's time zone: what reminders, exports, the report and every time on screen use. */
export function TimeZoneField({ id, value, onChange, error }: TimeZoneFieldProps) {
  const { t } = useTranslation('account')
  const device = browserTimeZone()
  const options = useZoneOptions(value, device)
  const deviceLabel = options.find((o) => o.value === device)?.label ?? device
  const hint =
    device && device !== value
      ? `${t('timeZone.hint')} ${t('timeZone.deviceDiffers', { zone: deviceLabel })}`
      : t('timeZone.hint')
  return (
    <SelectField
      id={id}
      name="timeZone"
      label={t('timeZone.label')}
      hint={hint}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      options={options}
    />
  )
}
