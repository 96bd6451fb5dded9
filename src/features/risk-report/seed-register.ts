import { DEFAULT_LEVELS, DEFAULT_POINTS, defaultCells } from './matrix.js'
import type { NewRegister } from './register-writes.repository.js'

// The agency's FY 2566 register for online registration (the seed, ../shared/seed), as texts
// with placeholders: every figure comes from an indicator bound to live records. Used by the
// demo data set and the tests; officers copy it to start the next year.

const STEP1_RESULT_TH =
  'กรมศุลกากร ได้เปิดให้บริการระบบลงทะเบียนผู้มาติดต่อออนไลน์ทาง Customs Trader Portal นำร่องสำหรับบุคคลธรรมดา ลงทะเบียนผู้นำเข้า/ส่งออก เมื่อวันที่ 1 กรกฎาคม 2564 ต่อมาได้พัฒนาและเปิดให้บริการเพิ่มเติมแก่นิติบุคคลที่จดทะเบียนกับกรมพัฒนาธุรกิจการค้าลงทะเบียน เมื่อวันที่ 3 สิงหาคม 2565 สามารถอำนวยความสะดวกแก่ผู้ใช้บริการ โดยลดขั้นตอนและระยะเวลาดำเนินการไม่ต้องตรวจสอบและพิจารณาอนุญาตจากเจ้าหน้าที่ มีผู้ใช้บริการลงทะเบียนผู้นำเข้า/ส่งออกผ่านระบบดังกล่าวแล้ว จำนวน {registrations} ราย (ข้อมูลถึงวันที่ {registrations.asOf}) เพิ่มขึ้นอย่างชัดเจนเมื่อเปรียบเทียบกับผู้ใช้บริการระบบลงทะเบียนผู้มาติดต่อออนไลน์ทางเว็บไซต์กรมศุลกากร (Online Customs Registration) และจากผลสำรวจความคิดเห็นของผู้ใช้บริการเดือนธันวาคม 2565 พบว่า มีความพึงพอใจมากและมากที่สุดรวมกันที่ {satisfaction}% จึงสะท้อนให้เห็นถึงความสามารถของระบบฯ ที่ช่วยอำนวยความสะดวกให้แก่ผู้ใช้บริการได้ทุกพื้นที่ทั่วประเทศ ทั้งนี้มีการจัดทำคู่มือการใช้งานเผยแพร่บนหน้าเว็บไซต์เพื่อให้ผู้ใช้บริการสามารถศึกษาได้ด้วยตนเอง รวมถึงมีช่องทางสอบถามข้อมูลเพิ่มเติมผ่านช่องทางต่าง ๆ อาทิ สายด่วนบริการศุลกากร (Customs Call Center 1164) ศูนย์บริการศุลกากร ฝ่ายทะเบียนผู้นำเข้าและส่งออก ฝ่ายทะเบียนตัวแทนออกของ'

const STEP1_RESULT_EN =
  'The Customs Department opened online registration through the Customs Trader Portal, as a pilot for natural persons registering as importers/exporters, on 1 July 2021. It then extended it to juristic persons registered with the Department of Business Development on 3 August 2022. It cuts steps and time: no officer has to review or approve. {registrations} importer/exporter registrations had been made through it by {registrations.asOf}, clearly more than through the older "Online Customs Registration" on the Customs website. A user satisfaction survey in December 2022 found {satisfaction}% "very satisfied" plus "most satisfied". A user manual is published on the website for self-study, and more help is available through the Customs Call Center 1164, the Customs service centre, the importer/exporter registration section and the customs-broker registration section.'

const control = (textTh: string, textEn: string, resultTh = '', resultEn = '') => ({
  textTh,
  textEn,
  ownerUnit: '',
  status: 'done',
  dueOn: null,
  evidence: [],
  resultTh,
  resultEn,
})

/** The seed's register, bound to the figures of the given records. */
export function seedRegister(bind: { campaignId: string | null }): NewRegister {
  return {
    fiscalYear: 2566,
    round: 'six_month',
    titleTh: 'การลงทะเบียนผู้มาติดต่อออนไลน์ทาง Customs Trader Portal',
    titleEn: 'Online registration through the Customs Trader Portal',
    itaYear: 2566,
    itaItemCode: 'O35',
    itaTitleTh: 'การดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริต',
    itaTitleEn: 'Actions under the corruption-risk management measures',
    matrix: {
      likelihoodMax: 5,
      impactMax: 5,
      levels: DEFAULT_LEVELS,
      cells: defaultCells(),
      points: DEFAULT_POINTS,
    },
    services: [
      {
        nameTh: 'การลงทะเบียนผู้มาติดต่อออนไลน์',
        nameEn: 'Online trader registration',
        steps: [
          {
            position: 1,
            titleTh: 'การลงทะเบียนทาง https://www.customstraderportal.com',
            titleEn: 'Registration through https://www.customstraderportal.com',
            resultTh: STEP1_RESULT_TH,
            resultEn: STEP1_RESULT_EN,
            risks: [
              {
                textTh: 'ผู้ใช้บริการไม่สะดวกหรือไม่เข้าใจขั้นตอน จึงต้องพึ่งผู้อื่นและอาจถูกเรียกรับประโยชน์',
                textEn:
                  'Users who find the steps hard may rely on intermediaries who ask for undue benefits',
                likelihood: 2,
                impact: 3,
                residualLikelihood: 1,
                residualImpact: 3,
                ownerUnit: 'ฝ่ายทะเบียนผู้นำเข้าและส่งออก',
                treatment: 'reduce',
              },
            ],
            controls: [
              control(
                'มีการสำรวจความคิดเห็นของผู้ใช้บริการและมีช่องทางในการติดต่อสำหรับรับฟังข้อเสนอแนะ ตลอดจนปัญหาต่าง ๆ ที่อาจเกิดขึ้น เพื่อนำมาปรับปรุงระบบให้ผู้ใช้บริการได้รับความสะดวกมากยิ่งขึ้นรวมถึงมีจำนวนผู้ใช้บริการเพิ่มขึ้น',
                "Survey users' opinions, and offer contact channels to hear suggestions and problems, so that the system is improved, is more convenient, and gains users.",
              ),
              control(
                'มีช่องทางในการติดต่อที่หลากหลายสามารถตอบสนองการให้บริการได้อย่างครอบคลุม ช่วยอำนวยความสะดวกในกรณีผู้ใช้บริการต้องการสอบถามข้อมูลเพิ่มเติม หรือประสบปัญหาเกี่ยวกับการใช้งานระบบ',
                'Many contact channels that cover the service, for users who want more information or hit a problem with the system.',
              ),
              control(
                'มีคู่มือการใช้งานที่อธิบายถึงขั้นตอนการใช้งานอย่างละเอียดชัดเจน',
                'A user manual that explains each step in detail.',
              ),
            ],
          },
          {
            position: 2,
            titleTh: 'การยืนยันตัวตนผ่านแอปพลิเคชันเป๋าตัง',
            titleEn: 'Identity verification through the Pao Tang app',
            resultTh: '',
            resultEn: '',
            risks: [
              {
                textTh: 'ข้อมูลส่วนบุคคลจากการยืนยันตัวตนถูกเข้าถึงหรือนำไปใช้โดยมิชอบ',
                textEn: 'Personal data from identity verification accessed or used unlawfully',
                likelihood: 2,
                impact: 4,
                residualLikelihood: 1,
                residualImpact: 4,
                ownerUnit: 'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร',
                treatment: 'reduce',
              },
            ],
            controls: [
              control(
                'ควบคุมและประสานงานกับผู้ให้บริการในการปรับปรุงระบบให้มีความปลอดภัยน่าเชื่อถือ มีการกำหนดสิทธิในการเข้าถึงข้อมูลที่สำคัญ หรือข้อมูลส่วนบุคคล รวมถึงมีนโยบายคุ้มครองข้อมูลส่วนบุคคลในระดับกรม',
                'Work with the service provider (Krungthai Bank) so that the system is secure and trustworthy, with access rights defined for important data and personal data, and a department-level personal data protection policy.',
                'กรมศุลกากร ได้ออกประกาศ{policy} ผ่านเว็บไซต์ของกรมศุลกากรเรียบร้อยแล้ว (มีผลวันที่ {policy.date})',
                "The Customs Department's {policy} is published on the Customs website (in force from {policy.date}).",
              ),
              control(
                'จัดทำแนวปฏิบัติทางจริยธรรมเพื่อควบคุมและถือปฏิบัติ พร้อมเผยแพร่บนเว็บไซต์ของหน่วยงานเพื่อให้เจ้าหน้าที่ทราบ',
                'Ethical guidelines for officers, published on the agency’s website.',
                '1. กรมศุลกากร ได้ออกประกาศใช้ข้อกำหนดจริยธรรมของกรมศุลกากร พ.ศ. 2565 ลงวันที่ 23 ธันวาคม 2565 พร้อมเผยแพร่บนเว็บไซต์ของหน่วยงาน เพื่อเป็นแนวทางในการใช้บังคับกับเจ้าหน้าที่ของรัฐทั้งหมดทุกระดับในสังกัดกรมศุลกากร และหากมีการฝ่าฝืนจริยธรรม จะรายงานต่อผู้บังคับบัญชาหรือหน่วยงานที่เกี่ยวข้อง เพื่อดำเนินการตามกระบวนการรักษาจริยธรรมต่อไป 2. จัดทำแบบลงนามรับทราบข้อกำหนดจริยธรรมของกรมศุลกากร ผ่านทางอินทราเน็ต เมื่อวันที่ {ethics.startsOn} - {ethics.endsOn} ทั้งนี้ สรุปผลการรับทราบข้อกำหนดจริยธรรมของกรมศุลกากร เจ้าหน้าที่ศุลกากรซึ่งลงนามรับทราบข้อกำหนดฯ ทั้งสิ้น {ethics.signed} คน คิดเป็นร้อยละ {ethics} ของจำนวนเจ้าหน้าที่ศุลกากรทั้งหมด {ethics.eligible} คน',
                '(1) The Customs Code of Ethics B.E. 2565, dated 23 December 2022, is published on the website; violations are reported to superiors for the ethics process. (2) An acknowledgement form for the code was signed on the intranet between {ethics.startsOn} and {ethics.endsOn}: {ethics.signed} officers signed, {ethics}% of all {ethics.eligible} officers.',
              ),
              control(
                'กำหนดหลักเกณฑ์คุ้มครองข้อมูลส่วนบุคคล',
                'Criteria for personal data protection.',
                'ข้อมูลส่วนบุคคลจะถูกประมวลผลโดยธนาคารกรุงไทยฯ และส่งมาให้กรมศุลกากร ตามหลักเกณฑ์ของประกาศกรมศุลกากรที่ 94/2564 และเงื่อนไขข้อกำหนด (Terms and Conditions) ของระบบลงทะเบียนผู้มาติดต่อออนไลน์ทาง Customs Trader Portal',
                'Personal data is processed by Krungthai Bank and sent to Customs under Customs Notification No. 94/2564 and the Terms and Conditions of the Customs Trader Portal online registration system.',
              ),
            ],
          },
        ],
      },
    ],
    indicators: [
      {
        key: 'registrations',
        metric: 'registrations',
        params: {
          kind: 'importer_exporter',
          channels: ['online'],
          parties: ['person', 'company'],
          asOf: '2023-01-24',
        },
      },
      { key: 'satisfaction', metric: 'satisfaction', params: { from: '2022-12', to: '2022-12' } },
      { key: 'policy', metric: 'document', params: { kind: 'policy' } },
      ...(bind.campaignId
        ? [{ key: 'ethics', metric: 'ethics', params: { campaignId: bind.campaignId } }]
        : []),
    ],
  }
}
