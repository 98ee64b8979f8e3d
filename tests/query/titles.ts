/** Entry titles of the test résumés as `--json` reports them, shared by the labelled sets. */

const PUCRS_NAME = 'Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
const UT_AUSTIN = 'University of Texas at Austin';

export const PUCRS = PUCRS_NAME;
export const PICPAY = 'VP, Platform Engineering at PicPay';
export const SNOWFLAKE = 'Performance Architect at Snowflake';
export const NETFLIX = 'Performance Architect at Netflix';
export const EXPEDIA = 'Performance Engineer at Expedia';
export const DELL = 'Performance Engineer at Dell';
export const BSC = `B.Sc. Computer Science at ${PUCRS_NAME}`;
export const PM = `Project Management at ${PUCRS_NAME}`;
export const CONFLUENT = 'Staff Software Engineer at Confluent';
export const DROPBOX = 'Senior Software Engineer at Dropbox';
export const RACKSPACE = 'Software Engineer at Rackspace';
export const LENA_PHD = `Ph.D. Computer Science at ${UT_AUSTIN}`;
export const LENA_BS = `Bachelor of Science Computer Science at ${UT_AUSTIN}`;
export const LUMEN = 'Shift Supervisor at Café Lumen';
export const SALT = 'General Manager at Salt & Cedar Restaurant Group';
export const FREELANCE = 'Data Analyst (Contract) at Freelance';
export const FOOD_BANK = 'Data Volunteer at Central Texas Food Bank';
export const FREE_NET = 'Digital Literacy Tutor at Austin Free-Net';
export const OUTREACH = 'Software Engineering Intern at Outreach';
export const ALLEN = 'Research Intern at Allen Institute for AI';
export const UW = 'Bachelor of Science Computer Science at University of Washington';
export const PIED_PIPER = 'CEO/President at Pied Piper';
export const ACC = 'Associate of Applied Science Business Administration at Austin Community College';
export const OKLAHOMA = 'Bachelor Information Technology at University of Oklahoma';
export const BMO = 'Senior Site Reliability Engineer at Bank of Montreal';
export const NORDLYS_PLATFORM = 'Platform Engineer at Nordlys';
export const NTNU = 'Bachelor of Engineering Computer Engineering at NTNU';
export const MARCUS = 'Marcus Feng, Engineering Director at Confluent';
export const ANITA = 'Dr. Anita Bose, Professor of Computer Science, UT Austin';
export const PRIYA = 'Priya Natarajan, Owner, Salt & Cedar Restaurant Group';
